import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAtlasData } from './data/loadData';
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
const browserLang = detectLang();
const startLang = parseHash(window.location.hash).lang ?? browserLang;
// Data and the reader's catalogue load together (so Dutch readers never see English flash by).
const [result, messages] = await Promise.all([loadAtlasData(), loadMessages(startLang).catch(() => undefined)]);
performance.mark('atlas:data-ready');

if (!result.ok) {
  document.documentElement.lang = messages ? startLang : 'en';
  root.render(<DataErrorView problems={result.problems} messages={messages} />);
} else {
  const store = storeForData(result.data, { initialLang: browserLang });
  applyUrlState(store, parseHash(window.location.hash));
  startUrlSync(store, window, { basemap: 'pdok', lang: browserLang });
  startScenarioPersistence(store);
  startTourSync(store, result.data.tours);
  void registerServiceWorker();
  root.render(
    <StrictMode>
      <App store={store} data={result.data} />
    </StrictMode>,
  );
}
