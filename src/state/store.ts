// One zustand store, composed of slices; the map, the panels and the URL all read and write it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createBasemapSlice, type BasemapId, type BasemapSlice } from './basemapSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createLanguageSlice, type LanguageSlice } from './languageSlice';
import type { UiLang } from '../i18n/languages';
import { createPanelSlice, type PanelSlice } from './panelSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createTourSlice, type TourSlice } from './tourSlice';
import { createViewSlice, TWENTE_VIEW, type FittedView, type MapArea, type ViewSlice } from './viewSlice';

export type AtlasState = ViewSlice & SelectionSlice & FiltersSlice & BasemapSlice & PanelSlice & PlannerSlice & TourSlice & LanguageSlice;
export type AtlasStore = StoreApi<AtlasState>;

export interface StoreOptions {
  siteIds: Iterable<string>;
  linkIds?: Iterable<string>;
  projectIds?: Iterable<string>;
  partnerIds?: Iterable<string>;
  initialView?: FittedView;
  /** The map's size on screen when it starts (the map reports changes). */
  initialMapArea?: MapArea;
  initialBasemap?: BasemapId;
  initialLang?: UiLang;
  /** Tour ids and their number of steps. */
  tours?: ReadonlyMap<string, number>;
}

export function createAtlasStore({ siteIds, linkIds = [], projectIds = [], partnerIds = [], initialView = TWENTE_VIEW, initialMapArea, initialBasemap = 'pdok', initialLang = 'en', tours = new Map() }: StoreOptions): AtlasStore {
  const known = { site: new Set(siteIds), link: new Set(linkIds), project: new Set(projectIds), partner: new Set(partnerIds) };
  return createStore<AtlasState>()((...args) => ({
    ...createViewSlice(initialView, initialMapArea)(...args),
    ...createSelectionSlice(known)(...args),
    ...createFiltersSlice(...args),
    ...createBasemapSlice(initialBasemap)(...args),
    ...createPanelSlice(known.site)(...args),
    ...createPlannerSlice(...args),
    ...createTourSlice(tours)(...args),
    ...createLanguageSlice(initialLang)(...args),
  }));
}

/** The store for a loaded atlas: every record kind known for selection. */
export function storeForData(data: { sites: { features: Array<{ properties: { id: string } }> }; links: { features: Array<{ properties: { id: string } }> }; projects: { projects: Array<{ id: string }> }; partners: Array<{ id: string }>; tours: Array<{ id: string; steps: unknown[] }> }, options: Partial<StoreOptions> = {}): AtlasStore {
  return createAtlasStore({
    siteIds: data.sites.features.map((f) => f.properties.id),
    linkIds: data.links.features.map((f) => f.properties.id),
    projectIds: data.projects.projects.map((p) => p.id),
    partnerIds: data.partners.map((p) => p.id),
    tours: new Map(data.tours.map((t) => [t.id, t.steps.length])),
    ...options,
  });
}
