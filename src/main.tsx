import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadBundledData } from './data/bundled';
import { detectLang } from './i18n/languages';
import { loadMessages } from './i18n/messages';
import { DataErrorView } from './panels/DataErrorView';
import { registerServiceWorker } from './offline/prepare';
import { startScenarioPersistence } from './state/scenarioPersistence';
import { startTourSync } from './tour/applyStep';
import { storeForData } from './state/store';
import { parseHash } from './state/urlCodec';
import { applyUrlState, startUrlSync } from './state/urlSync';
import './app.css';

const root = createRoot(document.getElementById('root')!);
const result = loadBundledData();
const browserLang = detectLang();

if (!result.ok) {
  const lang = parseHash(window.location.hash).lang ?? browserLang;
  document.documentElement.lang = lang;
  root.render(<DataErrorView problems={result.problems} messages={await loadMessages(lang).catch(() => undefined)} />);
} else {
  const store = storeForData(result.data, { initialLang: browserLang });
  applyUrlState(store, parseHash(window.location.hash));
  startUrlSync(store, window, { basemap: 'pdok', lang: browserLang });
  // Start in the reader's language rather than flash English first (the catalogue is a few kB).
  await loadMessages(store.getState().lang).catch(() => undefined);
  startScenarioPersistence(store);
  startTourSync(store, result.data.tours);
  void registerServiceWorker();
  root.render(
    <StrictMode>
      <App store={store} data={result.data} />
    </StrictMode>,
  );
}
