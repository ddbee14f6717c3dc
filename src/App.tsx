import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AtlasData } from './data/atlasData';
import { partnerById, projectById, projectsForSite } from './data/derive';
import { hasConstraints, visibleSiteIds } from './data/siteFilters';
import { MapView } from './map/MapView';
import type { Lang } from './map/sources';
import { ComparePanel } from './panels/ComparePanel';
import { FiltersPanel } from './panels/FiltersPanel';
import { Legend } from './panels/Legend';
import { LinkPanel } from './panels/LinkPanel';
import { BasemapSwitcher, ViewButtons } from './panels/MapControls';
import { MeasureReadout } from './panels/MeasureReadout';
import { Notices } from './panels/Notice';
import { PlannerPanel } from './panels/planner/PlannerPanel';
import { importFile } from './analysis/scenario';
import { downloadBlob } from './export/download';
import { renderMapPng } from './export/png';
import { PDOK_TILES } from './map/basemaps/catalog';
import { currentMap } from './map/currentMap';
import { prefetch, tileUrls, TOUR_AREA, TOUR_ZOOMS, type PrepareProgress } from './offline/prepare';
import { FactSheet } from './panels/FactSheet';
import { KIND_LABELS } from './panels/labels';
import { Presenter } from './tour/Presenter';
import { PartnerPanel } from './panels/PartnerPanel';
import { ProgrammePanel } from './panels/ProgrammePanel';
import { ProjectPanel } from './panels/ProjectPanel';
import { SearchBox } from './panels/SearchBox';
import { SiteList } from './panels/SiteList';
import { SitePanel } from './panels/SitePanel';
import { focusSelection } from './state/focusSite';
import { MAX_COMPARE } from './state/panelSlice';
import type { Selection } from './state/selectionSlice';
import type { AtlasStore } from './state/store';
import { StoreContext, useAtlasExceptView } from './state/useAtlas';
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
  const s = useAtlasExceptView();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [printSiteId, setPrintSiteId] = useState<string | null>(null);
  const [offlineProgress, setOfflineProgress] = useState<(PrepareProgress & { finished: boolean }) | null>(null);

  const exportPng = useCallback(async () => {
    const map = currentMap();
    if (!map) return;
    const step = s.tour ? data.tours.find((t) => t.id === s.tour!.id)?.steps[s.tour.step] : undefined;
    const blob = await renderMapPng(map, step ? step.title[lang] : 'Twente Atlas', step ? data.tours.find((t) => t.id === s.tour!.id)!.title[lang] : 'Top work locations, creative breeding grounds and smart-mobility links of Twente');
    downloadBlob('twente-atlas.png', blob);
  }, [s.tour, data, lang]);

  const prepareOffline = useCallback(async () => {
    const urls = ['/', '/basemap/overijssel.pmtiles', ...(s.activeBasemap === 'pdok' || s.basemap === 'pdok' ? tileUrls(PDOK_TILES, TOUR_AREA, TOUR_ZOOMS) : [])];
    setOfflineProgress({ done: 0, total: urls.length, failed: 0, finished: false });
    const result = await prefetch(urls, (p) => setOfflineProgress({ ...p, finished: false }));
    setOfflineProgress({ ...result, finished: true });
  }, [s.activeBasemap, s.basemap]);

  const printFactSheet = useCallback((siteId: string) => {
    setPrintSiteId(siteId);
    // Let React render the sheet, then print; it stays until the dialog closes.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  }, []);
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

  const announcement = site
    ? `Selected: ${site.properties.name[lang]} (${KIND_LABELS[site.properties.kind]})`
    : link
      ? `Selected link: ${link.properties.name[lang]}`
      : project
        ? `Selected project: ${project.name[lang]}`
        : partner
          ? `Selected partner: ${partner.name}`
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
        Skip to the sites list
      </a>
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      <header className="app-header">
        <h1>Twente Atlas</h1>
        <SearchBox data={data} lang={lang} onPick={select} />
        <nav className="header-buttons" aria-label="Overviews">
          <button type="button" aria-pressed={s.panel === 'programme' && !sel} onClick={() => s.openPanel('programme')}>
            Programme
          </button>
          <button
            type="button"
            onClick={() => {
              s.startTour(data.tours[0]!.id);
              void document.documentElement.requestFullscreen?.().catch(() => undefined);
            }}
          >
            Present
          </button>
          <button type="button" onClick={() => void exportPng()}>
            Export PNG
          </button>
          <button type="button" onClick={() => void prepareOffline()} disabled={offlineProgress !== null && !offlineProgress.finished}>
            Prepare offline
          </button>
          <button type="button" aria-pressed={s.panel === 'planner' && !sel} onClick={() => s.openPanel('planner')}>
            Planner
          </button>
          <button type="button" aria-pressed={s.panel === 'compare' && !sel} onClick={() => s.openPanel('compare')}>
            Compare <span className="count">{s.compareIds.length}</span>
          </button>
          <button type="button" className="drawer-toggle" aria-expanded={drawerOpen} aria-controls="sidebar" onClick={() => setDrawerOpen((open) => !open)}>
            Layers &amp; sites
          </button>
        </nav>
      </header>
      <main className="app-main">
        <aside id="sidebar" className="sidebar" aria-label="Layers and sites" data-open={drawerOpen}>
          <ViewButtons twente={TWENTE_VIEW} onView={(view) => store.getState().setView(view, 'app')} />
          <button type="button" className="small-button measure-button" aria-pressed={s.tool === 'measure'} onClick={() => s.startTool(s.tool === 'measure' ? null : 'measure')}>
            Measure distance &amp; area
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
            onPick={(id) => select({ kind: 'site', id })}
          />
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
          <MapView store={store} data={data} lang={lang} />
        </div>
        <MeasureReadout lang={lang} />
        <Presenter tours={data.tours} lang={lang} onExportPng={() => void exportPng()} />
        {offlineProgress && (
          <div className="offline-progress" role="status" data-testid="offline-progress">
            <label>
              {offlineProgress.finished
                ? `Ready for offline: ${offlineProgress.done - offlineProgress.failed} of ${offlineProgress.total} files kept${offlineProgress.failed ? ` (${offlineProgress.failed} could not be fetched)` : ''}.`
                : `Preparing for offline… ${offlineProgress.done} / ${offlineProgress.total}`}
              <progress max={offlineProgress.total} value={offlineProgress.done} />
            </label>
            {offlineProgress.finished && (
              <button type="button" className="icon-button icon-button--small" aria-label="Close" onClick={() => setOfflineProgress(null)}>
                ×
              </button>
            )}
          </div>
        )}
        <Notices notices={s.notices} onDismiss={s.dismissNotice} />
        {panel}
      </main>
      <div className="print-root">{printSiteId && <FactSheet data={data} siteId={printSiteId} lang={lang} />}</div>
    </div>
  );
}
