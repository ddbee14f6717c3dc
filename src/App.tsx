import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { AtlasData } from './data/atlasData';
import { partnerById, projectById, projectsForSite } from './data/derive';
import { hasConstraints, visibleSiteIds } from './data/siteFilters';
import { MapView } from './map/MapView';
import { FiltersPanel } from './panels/FiltersPanel';
import { Legend } from './panels/Legend';
import { LinkPanel } from './panels/LinkPanel';
import { BasemapSwitcher, ViewButtons } from './panels/MapControls';
import { MeasureReadout } from './panels/MeasureReadout';
import { Notices } from './panels/Notice';
import { importFile } from './analysis/scenario';
import { downloadBlob } from './export/download';
import { renderMapPng } from './export/png';
import { PDOK_TILES } from './map/basemaps/catalog';
import { currentMap } from './map/currentMap';
import { prefetch, tileUrls, TOUR_AREA, TOUR_ZOOMS, type PrepareProgress } from './offline/prepare';
import { Presenter } from './tour/Presenter';
import { PartnerPanel } from './panels/PartnerPanel';
import { ProjectPanel } from './panels/ProjectPanel';
import { SearchBox } from './panels/SearchBox';
import { SiteList } from './panels/SiteList';
import { LinkList } from './panels/LinkList';
import { LanguageSwitch } from './panels/LanguageSwitch';
import { dataLangOf } from './i18n/languages';
import { loadedMessages, loadMessages } from './i18n/messages';
import { I18nContext, type I18n } from './i18n/useT';
import { SitePanel } from './panels/SitePanel';
import { focusSelection } from './state/focusSite';
import { MAX_COMPARE } from './state/panelSlice';
import type { Selection } from './state/selectionSlice';
import type { AtlasStore } from './state/store';
import { StoreContext, useAtlas, useAtlasExceptView } from './state/useAtlas';
import { useI18n } from './i18n/useT';
import { TWENTE_VIEW } from './state/viewSlice';

// Overviews a visitor opens later load on demand, which keeps the code before the map small.
const ComparePanel = lazy(() => import('./panels/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const PlannerPanel = lazy(() => import('./panels/planner/PlannerPanel').then((m) => ({ default: m.PlannerPanel })));
const ProgrammePanel = lazy(() => import('./panels/ProgrammePanel').then((m) => ({ default: m.ProgrammePanel })));
const FactSheet = lazy(() => import('./panels/FactSheet').then((m) => ({ default: m.FactSheet })));

interface Props {
  store: AtlasStore;
  data: AtlasData;
}

export function App({ store, data }: Props) {
  return (
    <StoreContext.Provider value={store}>
      <LanguageProvider>
        <AtlasLayout store={store} data={data} />
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
  useEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

function AtlasLayout({ store, data }: Props) {
  const s = useAtlasExceptView();
  const { t, lang } = useI18n();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [printSiteId, setPrintSiteId] = useState<string | null>(null);
  const [offlineProgress, setOfflineProgress] = useState<(PrepareProgress & { finished: boolean }) | null>(null);

  const exportPng = useCallback(async () => {
    const map = currentMap();
    if (!map) return;
    const step = s.tour ? data.tours.find((t) => t.id === s.tour!.id)?.steps[s.tour.step] : undefined;
    const blob = await renderMapPng(map, step ? step.title[lang] : t.app.title, step ? data.tours.find((tour) => tour.id === s.tour!.id)!.title[lang] : t.app.pngSubtitle, t.kindPlurals);
    downloadBlob('twente-atlas.png', blob);
  }, [s.tour, data, lang, t]);

  const prepareOffline = useCallback(async () => {
    const urls = ['/', '/basemap/overijssel.pmtiles', ...(s.activeBasemap === 'pdok' || s.basemap === 'pdok' ? tileUrls(PDOK_TILES, TOUR_AREA, TOUR_ZOOMS) : [])];
    setOfflineProgress({ done: 0, total: urls.length, failed: 0, finished: false });
    const result = await prefetch(urls, (p) => setOfflineProgress({ ...p, finished: false }));
    setOfflineProgress({ ...result, finished: true });
  }, [s.activeBasemap, s.basemap]);

  // The sheet renders, tells us, and then we print; it stays until the dialog closes.
  const printFactSheet = useCallback((siteId: string) => setPrintSiteId(siteId), []);
  const printWhenShown = useCallback(() => requestAnimationFrame(() => window.print()), []);
  useEffect(() => {
    const clear = () => setPrintSiteId(null);
    window.addEventListener('afterprint', clear);
    return () => window.removeEventListener('afterprint', clear);
  }, []);
  const constraints = { regions: s.regions, funders: s.funders, partnerTypes: s.partnerTypes, themes: s.themes };
  const filtered = hasConstraints(s);
  const visible = useMemo(
    () => (filtered ? new Set(visibleSiteIds(data, { hiddenKinds: [], ...constraints })) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, filtered, s.regions, s.funders, s.partnerTypes, s.themes],
  );
  const visibleProjects = useMemo(
    () => (visible ? new Set([...visible].flatMap((id) => projectsForSite(data, id).map((p) => p.id))) : null),
    [data, visible],
  );

  const select = useCallback(
    (selection: Selection) => {
      setDrawerOpen(false);
      focusSelection(store, data, selection);
    },
    [store, data],
  );
  const pickSite = useCallback((id: string) => select({ kind: 'site', id }), [select]);
  const pickLink = useCallback((id: string) => select({ kind: 'link', id }), [select]);
  const close = useCallback(() => {
    store.getState().clearSelection();
    store.getState().openPanel(null);
  }, [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // A planner tool takes Escape first: finish what is being drawn, then leave the tool.
      const { tool, toolPoints, toolFinished, finishTool, startTool } = store.getState();
      if (tool) {
        if (toolPoints.length > 0 && !toolFinished) finishTool();
        else startTool(null);
        return;
      }
      close();
      setDrawerOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close, store]);

  const sel = s.selection;
  const site = sel?.kind === 'site' ? data.sites.features.find((f) => f.properties.id === sel.id) : undefined;
  const link = sel?.kind === 'link' ? data.links.features.find((f) => f.properties.id === sel.id) : undefined;
  const project = sel?.kind === 'project' ? projectById(data, sel.id) : undefined;
  const partner = sel?.kind === 'partner' ? partnerById(data, sel.id) : undefined;

  const tourStep = s.tour ? data.tours.find((tour) => tour.id === s.tour!.id) : undefined;
  const announcement = tourStep
    ? t.announce.tourStep(s.tour!.step + 1, tourStep.steps.length, tourStep.steps[s.tour!.step]!.title[lang])
    : site
    ? t.announce.site(site.properties.name[lang], t.kinds[site.properties.kind])
    : link
      ? t.announce.link(link.properties.name[lang])
      : project
        ? t.announce.project(project.name[lang])
        : partner
          ? t.announce.partner(partner.name)
          : '';

  let panel: React.ReactNode = null;
  if (site)
    panel = (
      <SitePanel
        site={site}
        data={data}
        lang={lang}
        inCompare={s.compareIds.includes(site.properties.id)}
        compareFull={s.compareIds.length >= MAX_COMPARE}
        onToggleCompare={() => s.toggleCompare(site.properties.id)}
        onPrint={() => printFactSheet(site.properties.id)}
        onSelect={select}
        onClose={close}
      />
    );
  else if (link) panel = <LinkPanel link={link} data={data} lang={lang} onSelect={select} onClose={close} />;
  else if (project) panel = <ProjectPanel project={project} data={data} lang={lang} onSelect={select} onClose={close} />;
  else if (partner) panel = <PartnerPanel partner={partner} data={data} lang={lang} onSelect={select} onClose={close} />;
  else if (s.panel === 'programme') panel = <ProgrammePanel data={data} lang={lang} visibleProjects={visibleProjects} onSelect={select} onClose={close} />;
  else if (s.panel === 'planner') panel = <PlannerPanel data={data} lang={lang} onClose={close} />;
  else if (s.panel === 'compare') panel = <ComparePanel data={data} lang={lang} siteIds={s.compareIds} onRemove={s.toggleCompare} onSelect={select} onClose={close} />;

  return (
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
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      <header className="app-header">
        <h1>{t.app.title}</h1>
        <SearchBox data={data} lang={lang} onPick={select} />
        <nav className="header-buttons" aria-label={t.app.overviews}>
          <button type="button" aria-pressed={s.panel === 'programme' && !sel} onClick={() => s.openPanel('programme')}>
            {t.app.programme}
          </button>
          <button
            type="button"
            onClick={() => {
              s.startTour(data.tours[0]!.id);
              void document.documentElement.requestFullscreen?.().catch(() => undefined);
            }}
          >
            {t.app.present}
          </button>
          <button type="button" onClick={() => void exportPng()}>
            {t.app.exportPng}
          </button>
          <button type="button" onClick={() => void prepareOffline()} disabled={offlineProgress !== null && !offlineProgress.finished}>
            {t.app.prepareOffline}
          </button>
          <button type="button" aria-pressed={s.panel === 'planner' && !sel} onClick={() => s.openPanel('planner')}>
            {t.app.planner}
          </button>
          <button type="button" aria-pressed={s.panel === 'compare' && !sel} onClick={() => s.openPanel('compare')}>
            {t.app.compare} <span className="count">{s.compareIds.length}</span>
          </button>
          <button type="button" className="drawer-toggle" aria-expanded={drawerOpen} aria-controls="sidebar" onClick={() => setDrawerOpen((open) => !open)}>
            {t.app.layersAndSites}
          </button>
        </nav>
        <LanguageSwitch value={s.lang} onChange={s.setLang} />
      </header>
      <main className="app-main">
        <aside id="sidebar" className="sidebar" aria-label={t.app.sidebar} data-open={drawerOpen}>
          <ViewButtons twente={TWENTE_VIEW} onView={(view) => store.getState().setView(view, 'app')} />
          <button type="button" className="small-button measure-button" aria-pressed={s.tool === 'measure'} onClick={() => s.startTool(s.tool === 'measure' ? null : 'measure')}>
            {t.app.measure}
          </button>
          <Legend data={data} hiddenKinds={s.hiddenKinds} hiddenModes={s.hiddenModes} onToggleKind={s.toggleKind} onToggleMode={s.toggleMode} />
          <FiltersPanel data={data} constraints={constraints} visibleCount={visible?.size ?? data.sites.features.length} onToggle={s.toggleConstraint} onClear={s.clearConstraints} />
          <BasemapSwitcher chosen={s.basemap} active={s.activeBasemap} offlineAvailable={s.offlineAvailable} onChoose={s.chooseBasemap} />
          <SiteList
            sites={data.sites}
            lang={lang}
            hiddenKinds={s.hiddenKinds}
            visibleIds={visible}
            selectedId={site?.properties.id ?? null}
            onPick={pickSite}
          />
          <LinkList links={data.links} lang={lang} hiddenModes={s.hiddenModes} selectedId={link?.properties.id ?? null} onPick={pickLink} />
        </aside>
        <div
          className="map-drop"
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes('Files')) e.preventDefault();
          }}
          onDrop={(e) => {
            e.preventDefault();
            const files = Array.from(e.dataTransfer.files);
            if (files.length === 0) return;
            s.openPanel('planner');
            void (async () => {
              for (const file of files) store.getState().applyImport(file.name, await importFile(file));
            })();
          }}
        >
          <MapView store={store} data={data} />
        </div>
        <MeasureReadout lang={lang} />
        <Presenter tours={data.tours} lang={lang} onExportPng={() => void exportPng()} />
        {offlineProgress && (
          <div className="offline-progress" role="status" data-testid="offline-progress">
            <label>
              {offlineProgress.finished
                ? t.app.offlineReady(offlineProgress.done - offlineProgress.failed, offlineProgress.total, offlineProgress.failed)
                : t.app.offlinePreparing(offlineProgress.done, offlineProgress.total)}
              <progress max={offlineProgress.total} value={offlineProgress.done} />
            </label>
            {offlineProgress.finished && (
              <button type="button" className="icon-button icon-button--small" aria-label={t.app.close} onClick={() => setOfflineProgress(null)}>
                ×
              </button>
            )}
          </div>
        )}
        <Notices notices={s.notices} onDismiss={s.dismissNotice} />
        <Suspense
          fallback={
            <div className="side-panel side-panel--loading" role="status" data-testid="panel-loading">
              {t.panel.loading}
            </div>
          }
        >
          {panel}
        </Suspense>
      </main>
      <div className="print-root">
        <Suspense fallback={null}>{printSiteId && <FactSheet data={data} siteId={printSiteId} lang={lang} onShown={printWhenShown} />}</Suspense>
      </div>
    </div>
  );
}
