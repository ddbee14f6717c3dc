import { useEffect, useRef } from 'react';
import type { SiteFeature } from '../data/schema';
import type { Lang } from '../map/sources';
import { KIND_LABELS } from './labels';

interface Props {
  site: SiteFeature;
  lang: Lang;
  onClose: () => void;
}

export function SitePanel({ site, lang, onClose }: Props) {
  const { properties: p } = site;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.id]);

  return (
    <aside className="side-panel" aria-labelledby="site-panel-title" data-testid="site-panel" data-panel="site">
      <header className="side-panel__header">
        <h2 id="site-panel-title" tabIndex={-1} ref={heading}>
          {p.name[lang]}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close panel (Escape)">
          ×
        </button>
      </header>
      <p className="side-panel__kind">{KIND_LABELS[p.kind]}</p>
      <dl className="facts">
        <dt>Municipality</dt>
        <dd>{p.municipality}</dd>
        <dt>Position</dt>
        <dd>{p.accuracy === 'surveyed' ? 'Surveyed' : 'Approximate (centre of the area)'}</dd>
        {p.sectors.length > 0 && (
          <>
            <dt>Sectors</dt>
            <dd>{p.sectors.join(', ')}</dd>
          </>
        )}
        {p.website && (
          <>
            <dt>Website</dt>
            <dd>
              <a href={p.website} target="_blank" rel="noopener noreferrer">
                {p.website.replace(/^https?:\/\//i, '')}
              </a>
            </dd>
          </>
        )}
      </dl>
      <p>{p.summary[lang]}</p>
      <h3>Sources</h3>
      <ul className="sources">
        {p.sources.map((source) => (
          <li key={`${source.doc}-${source.section}`}>
            <code>{source.doc}</code>: {source.section}
          </li>
        ))}
      </ul>
    </aside>
  );
}
