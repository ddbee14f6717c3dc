// Planner tools: connections matrix, reachability, network view and scenarios, over the atlas's sites
// and the planner's own proposed ones.
import { useT, useI18n } from '../../i18n/useT';
import { useMemo, useState } from 'react';
import { haversineKm, linkIndex, type Place } from '../../analysis/connections';
import { edgesOf } from '../../analysis/network';
import type { AtlasData } from '../../data/atlasData';
import type { LinkFeature } from '../../data/schema';
import { PLANNER_MIN_WIDTH } from '../../state/panelSlice';
import { useAtlas } from '../../state/useAtlas';
import { PanelShell } from '../common/PanelShell';
import { ConnectionsTab } from './ConnectionsTab';
import { NetworkTab } from './NetworkTab';
import { ReachTab } from './ReachTab';
import { ScenarioTab } from './ScenarioTab';
import { useNetworks } from '../common/useNetworks';

const TABS = ['connections', 'reach', 'network', 'scenario'] as const;
type TabId = (typeof TABS)[number];

/** A scenario link joins the sites its ends lie within 1 km of. */
const JOIN_KM = 1;

export function PlannerPanel({ data, onClose }: { data: AtlasData; onClose: () => void }) {
  const { lang } = useI18n();
  const t = useT();
  const scenario = useAtlas((s) => s.scenario);
  const [tab, setTab] = useState<TabId>('connections');

  const places: Place[] = useMemo(
    () => [
      ...data.sites.features.map((f) => ({ id: f.properties.id, name: f.properties.name[lang], position: f.geometry.coordinates })),
      ...scenario.sites.map((s) => ({ id: s.id, name: `${s.name}${t.planner.scenarioSuffix}`, position: s.position })),
    ],
    [data, scenario, lang, t],
  );
  const nearest = (c: readonly [number, number]) =>
    places
      .map((p) => ({ p, km: haversineKm(c[0], c[1], p.position[0], p.position[1]) }))
      .filter((x) => x.km <= JOIN_KM)
      .sort((a, b) => a.km - b.km)[0]?.p.id;
  const scenarioLinks: LinkFeature[] = useMemo(
    () =>
      scenario.links.flatMap((l) => {
        const from = nearest(l.coordinates[0]!);
        const to = nearest(l.coordinates[l.coordinates.length - 1]!);
        if (!from || !to || from === to) return [];
        return [
          {
            type: 'Feature',
            properties: {
              id: l.id,
              name: { nl: l.name, en: l.name },
              mode: l.mode,
              status: 'proposed',
              fromSiteId: from,
              toSiteId: to,
              endpoints: { from, to },
              partnerIds: [],
              summary: { nl: '', en: '' },
              geometry: 'approximate',
              sources: [],
            },
            geometry: { type: 'LineString', coordinates: l.coordinates },
          } as unknown as LinkFeature,
        ];
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scenario, places],
  );
  const allLinks = useMemo(() => [...data.links.features, ...scenarioLinks], [data, scenarioLinks]);
  const index = useMemo(() => linkIndex(allLinks), [allLinks]);
  const edges = useMemo(() => edgesOf(allLinks), [allLinks]);
  const networks = useNetworks();
  const linkNames = useMemo(() => new Map(allLinks.map((l) => [l.properties.id, l.properties.name[lang]])), [allLinks, lang]);
  const linkName = (id: string) => linkNames.get(id) ?? id;

  return (
    <PanelShell kind="planner" title={t.planner.title} subtitle={t.planner.subtitle} onClose={onClose} minWidth={PLANNER_MIN_WIDTH}>
      <div role="tablist" aria-label={t.planner.title} className="tabs">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`tabpanel-${id}`} onClick={() => setTab(id)}>
            {t.planner.tabs[id]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'connections' && <ConnectionsTab places={places} links={index} networks={networks} linkName={linkName} />}
        {tab === 'reach' && <ReachTab places={places} links={index} networks={networks} linkName={linkName} />}
        {tab === 'network' && <NetworkTab places={places} edges={edges} links={index} networks={networks} linkName={linkName} />}
        {tab === 'scenario' && <ScenarioTab />}
      </div>
    </PanelShell>
  );
}
