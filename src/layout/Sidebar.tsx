// The sidebar: views, measure tool, legend, filters, basemaps and the lists that mirror the map. It reads
// only the store values it shows, so selecting a site re-renders the two lists and nothing else here.
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasData } from '../data/atlasData';
import { useT } from '../i18n/useT';
import { FiltersPanel } from '../panels/FiltersPanel';
import { Legend } from '../panels/Legend';
import { LinkList } from '../panels/LinkList';
import { BasemapSwitcher, ViewButtons } from '../panels/MapControls';
import { SiteList } from '../panels/SiteList';
import type { RegionId } from '../state/regionViews';
import { useAtlas, useAtlasStore } from '../state/useAtlas';
import { useConstraints, useVisibleSites } from './useVisibleSites';

interface Props {
  data: AtlasData;
  open: boolean;
  onPickSite: (id: string) => void;
  onPickLink: (id: string) => void;
  onShowRegion: (region: RegionId) => void;
  onShowShortcuts: () => void;
}

export const Sidebar = memo(function Sidebar({ data, open, onPickSite, onPickLink, onShowRegion, onShowShortcuts }: Props) {
  const t = useT();
  const store = useAtlasStore();
  const s = useAtlas(
    useShallow((state) => ({
      hiddenKinds: state.hiddenKinds,
      hiddenModes: state.hiddenModes,
      hiddenNetworks: state.hiddenNetworks,
      basemap: state.basemap,
      activeBasemap: state.activeBasemap,
      offlineArchive: state.offlineArchive,
      tool: state.tool,
      selectedSiteId: state.selection?.kind === 'site' ? state.selection.id : null,
      selectedLinkId: state.selection?.kind === 'link' ? state.selection.id : null,
    })),
  );
  const actions = store.getState();
  const constraints = useConstraints();
  const visible = useVisibleSites(data);

  return (
    <aside id="sidebar" className="sidebar" aria-label={t.app.sidebar} data-open={open}>
      <ViewButtons onView={onShowRegion} />
      <button type="button" className="small-button measure-button" aria-pressed={s.tool === 'measure'} onClick={() => actions.startTool(s.tool === 'measure' ? null : 'measure')}>
        {t.app.measure}
      </button>
      <Legend
        data={data}
        hiddenKinds={s.hiddenKinds}
        hiddenModes={s.hiddenModes}
        hiddenNetworks={s.hiddenNetworks}
        networksToggleable={s.activeBasemap === 'offline'}
        onToggleKind={actions.toggleKind}
        onToggleMode={actions.toggleMode}
        onToggleNetwork={actions.toggleNetwork}
      />
      <FiltersPanel data={data} constraints={constraints} visibleCount={visible?.size ?? data.sites.features.length} onToggle={actions.toggleConstraint} onClear={actions.clearConstraints} />
      <BasemapSwitcher chosen={s.basemap} active={s.activeBasemap} offlineArchive={s.offlineArchive} onChoose={actions.chooseBasemap} />
      <SiteList sites={data.sites} hiddenKinds={s.hiddenKinds} visibleIds={visible} selectedId={s.selectedSiteId} onPick={onPickSite} />
      <LinkList links={data.links} hiddenModes={s.hiddenModes} selectedId={s.selectedLinkId} onPick={onPickLink} />
      <button type="button" className="link-button shortcuts-button" aria-keyshortcuts="?" onClick={onShowShortcuts}>
        {t.keyboard.open} <kbd aria-hidden="true">?</kbd>
      </button>
    </aside>
  );
});
