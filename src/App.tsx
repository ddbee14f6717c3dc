import { useEffect } from 'react';
import type { AtlasData } from './data/bundled';
import { MapView } from './map/MapView';
import type { Lang } from './map/siteSource';
import { SiteList } from './panels/SiteList';
import { SitePanel } from './panels/SitePanel';
import { focusSite } from './state/focusSite';
import type { AtlasStore } from './state/store';
import { StoreContext, useAtlas } from './state/useAtlas';

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
  const selectedId = useAtlas((s) => s.selectedSiteId);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const selected = data.sites.features.find((f) => f.properties.id === selectedId);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') clearSelection();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Twente Atlas</h1>
        <p className="tagline">Top work locations, creative breeding grounds and smart-mobility links of Twente</p>
      </header>
      <main className="app-main">
        <aside className="sidebar">
          <SiteList sites={data.sites} lang={lang} selectedId={selectedId} onPick={(id) => focusSite(store, data.sites, id)} />
        </aside>
        <MapView store={store} sites={data.sites} lang={lang} />
        {selected && <SitePanel site={selected} lang={lang} onClose={clearSelection} />}
      </main>
    </div>
  );
}
