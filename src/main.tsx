// Start-up, one path: the data and the reader's catalogue load together (so Dutch readers never see English
// flash by), then React renders the interface in place of the page's inert frame (index.html), or the data
// problems instead.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAtlasData } from './data/loadData';
import { detectLang } from './i18n/languages';
import { loadMessages } from './i18n/messages';
import { createAtlasMap } from './map/atlasMap';
import { registerServiceWorker } from './offline/updates';
import { DataErrorView } from './panels/DataErrorView';
import { focusNamedSelection } from './state/focusSite';
import { startScenarioPersistence } from './state/scenarioPersistence';
import { storeForData } from './state/store';
import { readHash } from './state/urlCodec';
import { applyLink, startUrlSync } from './state/urlSync';
import './app.css';

const root = createRoot(document.getElementById('root')!);
const browserLang = detectLang();
const link = readHash(window.location.hash);
const startLang = link.state.lang ?? browserLang;

// Not a top-level await: the lazy files (the Dutch catalogue, the data check) import from the chunk this
// module is part of, and would wait for it while it waits for them.
async function start() {
  const [result, messages] = await Promise.all([loadAtlasData(), loadMessages(startLang).catch(() => undefined)]);
  if (!result.ok) {
    document.documentElement.lang = messages ? startLang : 'en';
    root.render(<DataErrorView problems={result.problems} messages={messages} />);
    return;
  }
  const { data } = result;
  const store = storeForData(data, { initialLang: browserLang });
  applyLink(store, link);
  // A link naming a selection without a view opens on it once the map is drawn, or at once when edited later.
  startUrlSync(store, window, { basemap: 'pdok', lang: browserLang }, (state) => focusNamedSelection(store, data, state));
  startScenarioPersistence(store);
  const map = createAtlasMap(store, data);
  const stopWatching = map.watchStatus((status) => {
    if (status.state === 'loading') return;
    queueMicrotask(() => stopWatching());
    if (status.state === 'ready') focusNamedSelection(store, data, link.state);
    // After the map's first load: the worker's install downloads every file of the app once.
    void registerServiceWorker(() => store.getState().setUpdateReady(true));
  });
  root.render(
    <StrictMode>
      <App store={store} data={data} map={map} />
    </StrictMode>,
  );
}

void start();
