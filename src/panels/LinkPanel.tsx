import { geometrySourceLine } from '../data/documents';
import { length } from '@turf/turf';
import { partnerById, projectById } from '../data/derive';
import type { LinkFeature } from '../data/schema';
import { formatKm } from '../format/money';
import type { PanelProps } from './common/panelProps';
import { PanelShell } from './common/PanelShell';
import { SelectChips } from './common/SelectChips';
import { SourceList } from './common/SourceList';
import { useT, useI18n } from '../i18n/useT';

export function LinkPanel({ link, data, onSelect, onClose }: PanelProps & { link: LinkFeature }) {
  const { lang } = useI18n();
  const t = useT();
  const p = link.properties;
  const km = length(link, { units: 'kilometers' });
  const project = p.projectId ? projectById(data, p.projectId) : undefined;
  const endpoint = (siteId: string | undefined, text: string) =>
    siteId ? (
      <button type="button" className="link-button" onClick={() => onSelect({ kind: 'site', id: siteId })}>
        {text}
      </button>
    ) : (
      text
    );

  return (
    <PanelShell kind="link" title={p.name[lang]} subtitle={`${t.modes[p.mode]} · ${t.statuses[p.status]}`} onClose={onClose}>
      <dl className="facts">
        <dt>{t.link.from}</dt>
        <dd>{endpoint(p.fromSiteId, p.endpoints.from)}</dd>
        <dt>{t.link.to}</dt>
        <dd>{endpoint(p.toSiteId, p.endpoints.to)}</dd>
        <dt>{t.link.length}</dt>
        <dd>
          {formatKm(km, lang)} {p.geometry === 'schematic' ? t.link.schematic : p.geometry === 'traced' ? t.link.traced : t.link.approximate}
        </dd>
        {p.geometrySource && (
          <>
            <dt>{t.site.geometrySource}</dt>
            <dd data-testid="geometry-source">{geometrySourceLine(p.geometrySource)}</dd>
          </>
        )}
        {project && (
          <>
            <dt>{t.link.project}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => onSelect({ kind: 'project', id: project.id })}>
                {project.name[lang]}
              </button>
            </dd>
          </>
        )}
      </dl>
      <p>{p.summary[lang]}</p>
      {p.partnerIds.length > 0 && (
        <>
          <h3>{t.panel.partners}</h3>
          <SelectChips items={p.partnerIds.map((id) => ({ selection: { kind: 'partner', id }, label: partnerById(data, id)?.name ?? id }))} onSelect={onSelect} />
        </>
      )}
      <SourceList sources={p.sources} />
    </PanelShell>
  );
}
