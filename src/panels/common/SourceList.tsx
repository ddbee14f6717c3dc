import { asOfYear, documentLabel } from '../../data/documents';
import type { SourceRef } from '../../data/schema';
import { useT, useI18n } from '../../i18n/useT';

/** Where the facts come from: the document by title, publisher and year, then the section (and row); the seed's
 * file name only on request (a tooltip). */
export function SourceList({ sources, title }: { sources: readonly SourceRef[]; title?: string }) {
  const { lang } = useI18n();
  const t = useT();
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.doc === s.doc && o.section === s.section && o.row === s.row) === i);
  return (
    <section data-testid="sources">
      <h3>{title ?? t.panel.sources}</h3>
      {unique.length > 0 && (
        <p className="muted" data-testid="as-of">
          {t.panel.asOf(asOfYear(unique))}
        </p>
      )}
      <ul className="sources">
        {unique.map((source) => (
          <li key={`${source.doc}|${source.section}|${source.row ?? ''}`} title={t.panel.sourceFile(source.doc)}>
            <cite>{documentLabel(source, lang)}</cite>: {source.section}
            {source.row && t.panel.sourceRow(source.row)}
          </li>
        ))}
      </ul>
    </section>
  );
}
