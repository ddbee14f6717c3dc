import { startAtlasMap } from './map/atlasMap';
import { areaOf, regionViewFor, TWENTE_REGION } from './state/regionViews';
import { loadAtlasData } from './data/loadData';
import { warmUpWhenIdle } from './data/warmUp';
import { detectLang } from './i18n/languages';
import { loadMessages } from './i18n/messages';
import { registerServiceWorker } from './offline/updates';
import { startScenarioPersistence } from './state/scenarioPersistence';
import { startTourSync } from './tour/applyStep';
import { storeForData } from './state/store';
import { focusNamedSelection } from './state/focusSite';
import { readHash } from './state/urlCodec';
import { applyLink, startUrlSync } from './state/urlSync';
import { dropStaticInterfaces, isPlainLink, markReady, showStaticInterface, showStartupFailure } from './startup/staticInterface';
import { en, type Messages } from './i18n/en';
import { whenToGoLive } from './startup/whenToGoLive';
import { holdInput } from './startup/heldInput';
import { storeForStaticInterface } from './startup/staticStart';
import './app.css';

const rootElement = document.getElementById('root')!;
const browserLang = detectLang();
const link = readHash(window.location.hash);
const urlState = link.state;
const startLang = urlState.lang ?? browserLang;
// A link that opens a tour shows the map full-window (presenter mode): the frame takes that layout at once, so
// the map starts at that size too (an unknown tour is refused later and costs one resize, as before).
if (urlState.tour) document.querySelector('#root > .app')?.classList.add('presenting');
// The build's interface in the reader's language, in place of the page's frame, when the link asks for nothing
// it would not show (staticInterface.ts); React takes it over once the map has drawn.
const staticMapHost = isPlainLink(link) ? showStaticInterface(rootElement, startLang, urlState.basemap) : null;
if (staticMapHost) performance.mark('atlas:interface-shown');
dropStaticInterfaces(document);
/**
 * The interface's own code (React, the components): with the build's markup on screen it is loaded when that
 * markup goes live, or sooner when the pointer or focus comes to it — not with the start-up code, which the
 * map waits for (scripts/bench/NOTES.md); without the markup it is needed at once.
 */
type LiveInterface = typeof import('./startup/liveInterface');
let liveCode: Promise<LiveInterface> | undefined;
const liveInterface = () => (liveCode ??= import('./startup/liveInterface'));
/** Runs `use` with the interface's code; where that cannot be loaded, the page says so (and the map stays). */
async function withInterfaceCode(use: (live: LiveInterface) => void, messages: Messages | undefined): Promise<void> {
  let live: LiveInterface;
  try {
    live = await liveInterface();
  } catch (error) {
    showStartupFailure(rootElement, (messages ?? en).startup.controlsFailed, error);
    return;
  }
  use(live);
}
if (!staticMapHost) void liveInterface();
else for (const type of ['pointerover', 'focusin']) rootElement.addEventListener(type, () => void liveInterface(), { once: true, capture: true });
// Presses on the markup until it is live are held, then replayed (heldInput.ts); the map handles its own.
const heldInput = staticMapHost ? holdInput(rootElement, { passThrough: (target) => map.element.contains(target) }) : null;
// The map starts now, in its place in the page (the interface's or the frame's, index.html), showing Twente
// whole in the room it has unless the link names a view; data and the reader's catalogue load meanwhile,
// together (so Dutch readers never see English flash by).
const mapSlot = staticMapHost ?? document.getElementById('map-slot');
const mapArea = areaOf(mapSlot);
const openingView = urlState.view ?? regionViewFor(TWENTE_REGION, mapArea);
// The bench compares when the map is made here with when the bare page makes it (the code before it).
performance.mark('atlas:map-start');
const map = startAtlasMap(openingView, mapSlot, startLang);
/**
 * The data and the reader's catalogue, then the interface. Not awaited at the top level: the lazy files (the
 * Dutch catalogue, the full data check) import from the start-up file this module is part of, and a top-level
 * await would make them wait for it while it waits for them.
 */
async function showAtlas() {
  const [result, messages] = await Promise.all([loadAtlasData(), loadMessages(startLang).catch(() => undefined)]);
  performance.mark('atlas:data-ready');
  markReady(rootElement);

  if (!result.ok) {
    map.remove();
    void heldInput?.release();
    document.documentElement.lang = messages ? startLang : 'en';
    await withInterfaceCode((live) => live.renderDataError(rootElement, result.problems, messages), messages);
  } else {
    const store = storeForData(result.data, { initialLang: browserLang, initialView: openingView, initialMapArea: mapArea });
    applyLink(store, link);
    // A link naming a selection without a view: focused once the map is drawn (below), or at once when edited later.
    startUrlSync(store, window, { basemap: 'pdok', lang: browserLang }, (state) => focusNamedSelection(store, result.data, state));
    startScenarioPersistence(store);
    startTourSync(store, result.data);
    map.attach(store, result.data);
    // Look-ups by id, the parks' derived views and a first site panel are worked out once the map has drawn,
    // while the browser is idle, instead of on the first click (with 100,000 sites each takes a tenth of a second).
    const data = result.data;
    const stopWatching = map.watchStatus((status) => {
      if (status.state === 'loading') return;
      queueMicrotask(() => stopWatching());
      if (status.state === 'ready') focusNamedSelection(store, data, urlState);
      // The service worker last: its install downloads every file of the app (and the offline basemap) once,
      // which on a first visit would compete with the map's own first load for the network and the cores.
      const warmUpPanel = () => void liveInterface().then((live) => live.warmUpSitePanel(store, data), () => undefined);
      warmUpWhenIdle(data, [warmUpPanel, () => void registerServiceWorker(() => store.getState().setUpdateReady(true))]);
    });
    // The build's markup shows the files the build checked: files that differ (checked here) get a render of their own.
    if (!heldInput || result.checkedBy !== 'build') {
      void heldInput?.release();
      await withInterfaceCode((live) => live.renderInterface(rootElement, store, data, map), messages);
    } else {
      whenToGoLive(
        (listener) => map.watchStatus((status) => listener(status.state !== 'loading')),
        async () => {
          performance.mark('atlas:interface-live');
          try {
            const takeOver = (live: LiveInterface) => live.takeOverInterface(rootElement, store, data, map, storeForStaticInterface(data, { lang: startLang }).getState());
            await withInterfaceCode(takeOver, messages);
          } finally {
            // Presses held meanwhile reach the live interface now (or, if its code never came, the markup as it is).
            void heldInput.release();
          }
        },
        { firstPress: heldInput.onFirstPress },
      );
    }
  }
}

void showAtlas();
