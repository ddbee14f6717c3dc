import { length } from '@turf/turf';
import { useEffect, useRef } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { LinkFeature } from '../data/schema';
import type { Lang } from '../map/sources';
import { MODE_LABELS, STATUS_LABELS } from './labels';

interface Props {
  link: LinkFeature;
  data: AtlasData;
  lang: Lang;
  onClose: () => void;
}

export function LinkPanel({ link, data, lang, onClose }: Props) {
  const p = link.properties;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.id]);
  const km = length(link, { units: 'kilometers' });
  const project = data.projects.projects.find((x) => x.id === p.projectId);
  const partners = p.partnerIds.map((id) => data.partners.find((x) => x.id === id)?.name ?? id);

  return (
    <aside className="side-panel" aria-labelledby="link-panel-title" data-testid="site-panel" data-panel="link">
      <header className="side-panel__header">
        <h2 id="link-panel-title" tabIndex={-1} ref={heading}>
          {p.name[lang]}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close panel (Escape)">
          ×
        </button>
      </header>
      <p className="side-panel__kind">
        {MODE_LABELS[p.mode]} · {STATUS_LABELS[p.status]}
      </p>
      <dl className="facts">
        <dt>From</dt>
        <dd>{p.endpoints.from}</dd>
        <dt>To</dt>
        <dd>{p.endpoints.to}</dd>
        <dt>Length</dt>
        <dd>
          {km.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km {p.geometry === 'schematic' ? '(schematic line)' : '(approximate line)'}
        </dd>
        {project && (
          <>
            <dt>Project</dt>
            <dd>{project.name[lang]}</dd>
          </>
        )}
        {partners.length > 0 && (
          <>
            <dt>Partners</dt>
            <dd>{partners.join(', ')}</dd>
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
