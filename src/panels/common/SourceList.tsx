import type { SourceRef } from '../../data/schema';
import { useT } from '../../i18n/useT';

/** Where the facts come from: seed document and section (and row). */
export function SourceList({ sources, title }: { sources: readonly SourceRef[]; title?: string }) {
  const t = useT();
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.doc === s.doc && o.section === s.section && o.row === s.row) === i);
  return (
    <>
      <h3>{title ?? t.panel.sources}</h3>
      <ul className="sources">
        {unique.map((source) => (
          <li key={`${source.doc}|${source.section}|${source.row ?? ''}`}>
            <code>{source.doc}</code>: {source.section}
            {source.row && t.panel.sourceRow(source.row)}
          </li>
        ))}
      </ul>
    </>
  );
}
