import { linkById, partnerFootprint, projectById, siteById } from '../data/derive';
import type { Partner } from '../data/schema';
import type { PanelProps } from './common/panelProps';
import { PanelShell } from './common/PanelShell';
import { SelectChips } from './common/SelectChips';
import { SourceList } from './common/SourceList';
import { useT, useI18n } from '../i18n/useT';

export function PartnerPanel({ partner, data, onSelect, onClose }: PanelProps & { partner: Partner }) {
  const { lang } = useI18n();
  const t = useT();
  const footprint = partnerFootprint(data, partner.id);
  return (
    <PanelShell kind="partner" title={partner.name} subtitle={t.partnerTypes[partner.type]} onClose={onClose}>
      {partner.aliases && <p className="muted">{t.partner.also(partner.aliases.join(', '))}</p>}
      <section>
        <h3>
          {t.panel.sites} <span className="count">{footprint.sites.length}</span>
        </h3>
        {footprint.sites.length === 0 ? (
          <p className="muted">{t.partner.notTied}</p>
        ) : (
          <>
            <p className="note">{t.partner.highlighted}</p>
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
          {t.panel.projects} <span className="count">{footprint.projects.length}</span>
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
          <h3>{t.panel.links}</h3>
          <ul className="plain-list">
            {footprint.links.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onSelect({ kind: 'link', id })}>
                  {linkById(data, id)?.properties.name[lang] ?? id}
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
