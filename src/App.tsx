import { useEffect, useState } from 'react';
import type { AtlasData } from './data/atlasData';
import { MapView } from './map/MapView';
import type { Lang } from './map/sources';
import { Legend } from './panels/Legend';
import { LinkPanel } from './panels/LinkPanel';
import { BasemapSwitcher, ViewButtons } from './panels/MapControls';
import { Notice } from './panels/Notice';
import { SiteList } from './panels/SiteList';
import { SitePanel } from './panels/SitePanel';
import { focusSelection } from './state/focusSite';
import type { AtlasStore } from './state/store';
import { StoreContext, useAtlas } from './state/useAtlas';
import { TWENTE_VIEW } from './state/viewSlice';

interface Props {
  store: AtlasStore;
  data: AtlasData;
  lang?: Lang;
}

export function App({ store, data, lang = 'en' }: Props) {
  return (
    <StoreContext.Provider value={store}>
      <AtlasLayout store={store} data={data} lang={lang} />
    </StoreContext.Provider>
  );
}

function AtlasLayout({ store, data, lang }: Required<Props>) {
  const selection = useAtlas((s) => s.selection);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const hiddenKinds = useAtlas((s) => s.hiddenKinds);
  const hiddenModes = useAtlas((s) => s.hiddenModes);
  const toggleKind = useAtlas((s) => s.toggleKind);
  const toggleMode = useAtlas((s) => s.toggleMode);
  const basemap = useAtlas((s) => s.basemap);
  const activeBasemap = useAtlas((s) => s.activeBasemap);
  const offlineAvailable = useAtlas((s) => s.offlineAvailable);
  const chooseBasemap = useAtlas((s) => s.chooseBasemap);
  const notice = useAtlas((s) => s.notice);
  const dismissNotice = useAtlas((s) => s.dismissNotice);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const site = selection?.kind === 'site' ? data.sites.features.find((f) => f.properties.id === selection.id) : undefined;
  const link = selection?.kind === 'link' ? data.links.features.find((f) => f.properties.id === selection.id) : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      clearSelection();
      setDrawerOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Twente Atlas</h1>
        <p className="tagline">Top work locations, creative breeding grounds and smart-mobility links of Twente</p>
        <button type="button" className="drawer-toggle" aria-expanded={drawerOpen} aria-controls="sidebar" onClick={() => setDrawerOpen((open) => !open)}>
          Layers &amp; sites
        </button>
      </header>
      <main className="app-main">
        <aside id="sidebar" className="sidebar" aria-label="Layers and sites" data-open={drawerOpen}>
          <ViewButtons twente={TWENTE_VIEW} onView={(view) => store.getState().setView(view, 'app')} />
          <Legend data={data} hiddenKinds={hiddenKinds} hiddenModes={hiddenModes} onToggleKind={toggleKind} onToggleMode={toggleMode} />
          <BasemapSwitcher chosen={basemap} active={activeBasemap} offlineAvailable={offlineAvailable} onChoose={chooseBasemap} />
          <SiteList
            sites={data.sites}
            lang={lang}
            hiddenKinds={hiddenKinds}
            selectedId={site?.properties.id ?? null}
            onPick={(id) => {
              setDrawerOpen(false);
              focusSelection(store, data, { kind: 'site', id });
            }}
          />
        </aside>
        <MapView store={store} data={data} lang={lang} />
        <Notice notice={notice} onDismiss={dismissNotice} />
        {site && <SitePanel site={site} lang={lang} onClose={clearSelection} />}
        {link && <LinkPanel link={link} data={data} lang={lang} onClose={clearSelection} />}
      </main>
    </div>
  );
}
