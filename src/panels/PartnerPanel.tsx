import { partnerFootprint, projectById, siteById } from '../data/derive';
import type { Partner } from '../data/schema';
import type { PanelProps } from './common/panelProps';
import { PanelShell } from './common/PanelShell';
import { SelectChips } from './common/SelectChips';
import { SourceList } from './common/SourceList';
import { PARTNER_TYPE_LABELS } from './labels';

export function PartnerPanel({ partner, data, lang, onSelect, onClose }: PanelProps & { partner: Partner }) {
  const footprint = partnerFootprint(data, partner.id);
  return (
    <PanelShell kind="partner" title={partner.name} subtitle={PARTNER_TYPE_LABELS[partner.type]} onClose={onClose}>
      {partner.aliases && <p className="muted">Also: {partner.aliases.join(', ')}</p>}
      <section>
        <h3>
          Sites <span className="count">{footprint.sites.length}</span>
        </h3>
        {footprint.sites.length === 0 ? (
          <p className="muted">Not tied to a site on the map.</p>
        ) : (
          <>
            <p className="note">Highlighted on the map.</p>
            <SelectChips
              testId="partner-sites"
              items={footprint.sites.map((id) => ({ selection: { kind: 'site', id }, label: siteById(data, id)?.properties.name[lang] ?? id }))}
              onSelect={onSelect}
            />
          </>
        )}
      </section>
      <section>
        <h3>
          Projects <span className="count">{footprint.projects.length}</span>
        </h3>
        <ul className="plain-list" data-testid="partner-projects">
          {footprint.projects.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onSelect({ kind: 'project', id })}>
                {projectById(data, id)?.name[lang] ?? id}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {footprint.links.length > 0 && (
        <section>
          <h3>Links</h3>
          <ul className="plain-list">
            {footprint.links.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onSelect({ kind: 'link', id })}>
                  {data.links.features.find((f) => f.properties.id === id)?.properties.name[lang] ?? id}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourceList sources={partner.sources} />
    </PanelShell>
  );
}
