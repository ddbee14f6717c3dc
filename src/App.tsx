import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasData } from './data/atlasData';
import type { AtlasMapHandle } from './map/atlasMap';
import { MapView } from './map/MapView';
import { MeasureReadout } from './panels/MeasureReadout';
import { reloadOnNewVersion } from './offline/updates';
import { Notices } from './panels/Notice';
import { downloadBlob } from './export/download';
import { renderMapPng } from './export/png';
import { legendWords, pngLegend } from './export/pngLegend';
import { printNextFrame } from './export/print';
import { PDOK_TILES } from './map/basemaps/catalog';
import { APP_URL, ARCHIVE_URL, tileUrls, TOUR_AREA, TOUR_ZOOMS } from './offline/prepare';
import { OfflineStatus } from './panels/OfflineStatus';
import { useOfflinePreparation } from './panels/useOfflinePreparation';
import { Presenter } from './tour/Presenter';
import { focusSearch, SearchBox } from './panels/SearchBox';
import { LanguageSwitch } from './panels/LanguageSwitch';
import { dataLangOf } from './i18n/languages';
import { loadedMessages, loadMessages } from './i18n/messages';
import { I18nContext, type I18n } from './i18n/useT';
import { Announcer } from './layout/Announcer';
import { PanelArea } from './layout/PanelArea';
import { Sidebar } from './layout/Sidebar';
import { watchScrollRow } from './layout/scrollEdges';
import { useKeyboardShortcuts } from './layout/useKeyboardShortcuts';
import { useTourHandout } from './tour/useTourHandout';
import { bindOverlayInsets } from './layout/overlayInsets';
import { focusSelection, openComparison } from './state/focusSite';
import { regionView, type RegionId } from './state/regionViews';
import { freeArea } from './state/viewSlice';
import { CoverContext, createCoverWatch } from './layout/mapCovers';
import type { Selection } from './state/selectionSlice';
import type { AtlasStore } from './state/store';
import { StoreContext, useAtlas } from './state/useAtlas';
import { useI18n } from './i18n/useT';

/** A ref that watches a sideways-scrolling row (scrollEdges.ts); its cleanup stops watching. */
const scrollRowRef = (element: HTMLElement | null) => (element ? watchScrollRow(element) : undefined);

// Printed or opened rarely (the shortcuts, the handout, the fact sheet): their code loads on demand.
const KeyboardHelp = lazy(() => import('./panels/KeyboardHelp').then((m) => ({ default: m.KeyboardHelp })));
const TourHandout = lazy(() => import('./tour/TourHandout').then((m) => ({ default: m.TourHandout })));
const FactSheet = lazy(() => import('./panels/FactSheet').then((m) => ({ default: m.FactSheet })));

interface Props {
  store: AtlasStore;
  data: AtlasData;
  /** The map, made when MapView first puts it on the page (main.tsx). */
  map: AtlasMapHandle;
}

export function App({ store, data, map }: Props) {
  return (
    <StoreContext.Provider value={store}>
      <LanguageProvider>
        <AtlasLayout store={store} data={data} map={map} />
      </LanguageProvider>
    </StoreContext.Provider>
  );
}

/** Provides the catalogue of the store's language and keeps <html lang> in step. */
function LanguageProvider({ children }: { children: React.ReactNode }) {
  const wanted = useAtlas((s) => s.lang);
  // The shown language changes once its catalogue is here (a moment on first use), never half-way.
  const [ui, setUi] = useState(() => (loadedMessages(wanted) ? wanted : 'en'));
  useEffect(() => {
    let current = true;
    void loadMessages(wanted)
      .then(() => current && setUi(wanted))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wanted]);
  const i18n = useMemo<I18n>(() => ({ t: loadedMessages(ui)!, ui, lang: dataLangOf(ui) }), [ui]);
  // In the same commit as the texts (a passive effect could leave Dutch text marked English for a moment).
  useLayoutEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

function AtlasLayout({ store, data, map }: Props) {
  const s = useAtlas(
    useShallow((state) => ({
      tour: state.tour,
      panel: state.panel,
      hasSelection: state.selection !== null,
      compareCount: state.compareIds.length,
      lang: state.lang,
      basemap: state.basemap,
      activeBasemap: state.activeBasemap,
      notices: state.notices,
      updateReady: state.updateReady,
    })),
  );
  const actions = store.getState();
  const { t, lang } = useI18n();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [printSiteId, setPrintSiteId] = useState<string | null>(null);
  const offline = useOfflinePreparation();

  const exportPng = useCallback(async () => {
    const shown = map.map;
    if (!shown) return;
    const tour = s.tour ? data.tours.find((candidate) => candidate.id === s.tour!.id) : undefined;
    const step = tour?.steps[s.tour!.step];
    const state = store.getState();
    const blob = await renderMapPng(shown, step ? step.title[lang] : t.app.title, tour && step ? tour.title[lang] : t.app.pngSubtitle, pngLegend(data, state, legendWords(t)), freeArea(state.mapRoom));
    downloadBlob('twente-atlas.png', blob);
  }, [s.tour, data, lang, t, store, map]);

  const exportPngInBackground = useCallback(() => void exportPng(), [exportPng]);
  const handout = useTourHandout(store, data, map, lang, t);
  const { make: captureHandout } = handout;
  const makeHandout = useCallback(() => void captureHandout(), [captureHandout]);

  const offlineUrls = useMemo(() => [APP_URL, ARCHIVE_URL, ...(s.activeBasemap === 'pdok' || s.basemap === 'pdok' ? tileUrls(PDOK_TILES, TOUR_AREA, TOUR_ZOOMS) : [])], [s.activeBasemap, s.basemap]);
  const { prepare } = offline;
  const prepareOffline = useCallback(() => void prepare(offlineUrls), [prepare, offlineUrls]);

  // The sheet renders, tells us, and then we print; it stays until the dialog closes.
  const printFactSheet = useCallback((siteId: string) => setPrintSiteId(siteId), []);
  useEffect(() => {
    const clear = () => setPrintSiteId(null);
    window.addEventListener('afterprint', clear);
    return () => window.removeEventListener('afterprint', clear);
  }, []);

  const select = useCallback(
    (selection: Selection) => {
      setDrawerOpen(false);
      focusSelection(store, data, selection);
    },
    [store, data],
  );
  const pickSite = useCallback((id: string) => select({ kind: 'site', id }), [select]);
  const pickLink = useCallback((id: string) => select({ kind: 'link', id }), [select]);
  // MapLibre fits the region into the part of the map the panel leaves free.
  const showRegion = useCallback((region: RegionId) => store.getState().setView(regionView(data, region), 'app'), [store, data]);
  const close = useCallback(() => {
    store.getState().clearSelection();
    store.getState().openPanel(null);
  }, [store]);

  const [helpOpen, setHelpOpen] = useState(false);
  const showShortcuts = useCallback(() => setHelpOpen(true), []);
  useKeyboardShortcuts({
    escape: () => {
      // A planner tool takes Escape first: finish what is being drawn, then leave the tool.
      const { tool, toolPoints, toolFinished, finishTool, startTool } = store.getState();
      if (tool) {
        if (toolPoints.length > 0 && !toolFinished) finishTool();
        else startTool(null);
        return;
      }
      close();
      setDrawerOpen(false);
    },
    search: () => focusSearch(),
    help: showShortcuts,
  });

  // The map's controls and the notices keep clear of the panel and the tour's card (overlayInsets.ts), and the
  // map's focus too (mapCovers.ts).
  const overlayInsetsRef = useCallback((element: HTMLElement | null) => (element ? bindOverlayInsets(store, element) : undefined), [store]);
  const [covers] = useState(() => createCoverWatch(store));
  const mapBoxRef = useCallback((element: HTMLElement | null) => (element ? covers.watchMap(element) : undefined), [covers]);
  const overviewOpen = (panel: string) => s.panel === panel && !s.hasSelection;
  return (
    <CoverContext.Provider value={covers}>
      <div className={`app${s.tour ? ' presenting' : ''}`}>
        <a
          className="skip-link"
          href="#sites"
          onClick={(e) => {
            // Focus instead of navigating: the hash is the app's own state.
            e.preventDefault();
            setDrawerOpen(true);
            requestAnimationFrame(() => document.getElementById('sites')?.focus());
          }}
        >
          {t.app.skipToSites}
        </a>
        <Announcer data={data} />
        <header className="app-header">
          <h1>{t.app.title}</h1>
          <SearchBox data={data} onPick={select} />
          <nav className="header-buttons" aria-label={t.app.overviews} ref={scrollRowRef}>
            <button type="button" aria-pressed={overviewOpen('programme')} onClick={() => actions.openPanel('programme')}>
              {t.app.programme}
            </button>
            <button
              type="button"
              onClick={() => {
                actions.startTour(data.tours[0]!.id);
                void document.documentElement.requestFullscreen?.().catch(() => undefined);
              }}
            >
              {t.app.present}
            </button>
            <button type="button" onClick={exportPngInBackground}>
              {t.app.exportPng}
            </button>
            <button type="button" onClick={prepareOffline} disabled={offline.busy}>
              {t.app.prepareOffline}
            </button>
            <button type="button" aria-pressed={overviewOpen('planner')} onClick={() => actions.openPanel('planner')}>
              {t.app.planner}
            </button>
            <button type="button" aria-pressed={overviewOpen('compare')} onClick={() => openComparison(store, data)}>
              {t.app.compare} <span className="count">{s.compareCount}</span>
            </button>
            <button type="button" className="drawer-toggle" aria-expanded={drawerOpen} aria-controls="sidebar" onClick={() => setDrawerOpen((open) => !open)}>
              {t.app.layersAndSites}
            </button>
          </nav>
          <LanguageSwitch value={s.lang} onChange={actions.setLang} />
        </header>
        <main className="app-main" ref={overlayInsetsRef}>
          <Sidebar data={data} open={drawerOpen} onPickSite={pickSite} onPickLink={pickLink} onShowRegion={showRegion} onShowShortcuts={showShortcuts} />
          <div
            ref={mapBoxRef}
            className="map-drop"
            onDragOver={(e) => {
              if (e.dataTransfer.types.includes('Files')) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              const files = Array.from(e.dataTransfer.files);
              if (files.length === 0) return;
              actions.openPanel('planner');
              void (async () => {
                const { importFile } = await import('./analysis/scenarioImport');
                for (const file of files) store.getState().applyImport(file.name, await importFile(file));
              })();
            }}
          >
            <MapView map={map} />
          </div>
          <MeasureReadout />
          <Presenter tours={data.tours} onExportPng={exportPngInBackground} onPrintHandout={makeHandout} handoutProgress={handout.progress} />
          {offline.state && <OfflineStatus state={offline.state} onRetry={prepareOffline} onClose={offline.dismiss} />}
          <Notices notices={s.notices} onDismiss={actions.dismissNotice}>
            {s.updateReady && (
              <div className="notice" data-testid="update-ready">
                <span>{t.notices.updateReady}</span>
                <button type="button" className="small-button" onClick={reloadOnNewVersion}>
                  {t.notices.reload}
                </button>
              </div>
            )}
          </Notices>
          <PanelArea data={data} onSelect={select} onClose={close} onPrint={printFactSheet} />
        </main>
        <Suspense fallback={null}>{helpOpen && <KeyboardHelp onClose={() => setHelpOpen(false)} />}</Suspense>
        <div className="print-root">
          <Suspense fallback={null}>{printSiteId && <FactSheet data={data} siteId={printSiteId} onShown={printNextFrame} />}</Suspense>
          <Suspense fallback={null}>{handout.handout && <TourHandout tourTitle={handout.handout.tourTitle} pages={handout.handout.pages} onShown={printNextFrame} />}</Suspense>
        </div>
      </div>
    </CoverContext.Provider>
  );
}
