// One zustand store, composed of slices; the map, the panels and the URL all read and write it. Bindings
// subscribe to the values they follow (subscribeWithSelector), not to every change.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AtlasData } from '../data/atlasData';
import type { UiLang } from '../i18n/languages';
import { stepState } from '../tour/applyStep';
import { createBasemapSlice, type BasemapId, type BasemapSlice } from './basemapSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createLanguageSlice, type LanguageSlice } from './languageSlice';
import { createPanelSlice, type PanelSlice } from './panelSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';
import { regionView } from './regionViews';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createTourSlice, type TourSlice, type TourSteps } from './tourSlice';
import { createViewSlice, TWENTE_VIEW, type FittedView, type ViewSlice } from './viewSlice';

export type AtlasState = ViewSlice & SelectionSlice & FiltersSlice & BasemapSlice & PanelSlice & PlannerSlice & TourSlice & LanguageSlice;
export type AtlasStore = StoreApi<AtlasState> & {
  subscribe: {
    (listener: (state: AtlasState, previous: AtlasState) => void): () => void;
    <U>(selector: (state: AtlasState) => U, listener: (selected: U, previous: U) => void, options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean }): () => void;
  };
};

export interface StoreOptions {
  siteIds: Iterable<string>;
  linkIds?: Iterable<string>;
  projectIds?: Iterable<string>;
  partnerIds?: Iterable<string>;
  initialView?: FittedView;
  initialBasemap?: BasemapId;
  initialLang?: UiLang;
  tours?: TourSteps;
}

export function createAtlasStore({
  siteIds,
  linkIds = [],
  projectIds = [],
  partnerIds = [],
  initialView = TWENTE_VIEW,
  initialBasemap = 'pdok',
  initialLang = 'en',
  tours = { counts: new Map() },
}: StoreOptions): AtlasStore {
  const known = { site: new Set(siteIds), link: new Set(linkIds), project: new Set(projectIds), partner: new Set(partnerIds) };
  return createStore<AtlasState>()(
    subscribeWithSelector((...args) => ({
      ...createViewSlice(initialView)(...args),
      ...createSelectionSlice(known)(...args),
      ...createFiltersSlice(...args),
      ...createBasemapSlice(initialBasemap)(...args),
      ...createPanelSlice(known.site)(...args),
      ...createPlannerSlice(...args),
      ...createTourSlice(tours)(...args),
      ...createLanguageSlice(initialLang)(...args),
    })),
  );
}

/** The store for a loaded atlas: every record kind known for selection, the tours' steps, Twente in view. */
export function storeForData(data: AtlasData, options: Partial<StoreOptions> = {}): AtlasStore {
  const steps = (id: string) => data.tours.find((tour) => tour.id === id)?.steps ?? [];
  return createAtlasStore({
    siteIds: data.sites.features.map((f) => f.properties.id),
    linkIds: data.links.features.map((f) => f.properties.id),
    projectIds: data.projects.projects.map((p) => p.id),
    partnerIds: data.partners.map((p) => p.id),
    initialView: regionView(data, 'twente'),
    tours: {
      counts: new Map(data.tours.map((t) => [t.id, t.steps.length])),
      stateOf: ({ id, step }) => {
        const shown = steps(id)[step];
        return shown ? stepState(shown, data) : {};
      },
    },
    ...options,
  });
}
