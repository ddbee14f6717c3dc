import type { StateCreator } from 'zustand/vanilla';
import { EMPTY_SCENARIO, type ImportResult, type RowError, type Scenario, type ScenarioLink, type ScenarioSite } from '../analysis/scenario';
import type { AtlasState } from './store';
import type { KeptCopy, ScenarioItem } from './scenarioStorage';

export type Tool = 'measure' | 'draw-site' | 'draw-link';
export type Position = [number, number];

export interface Ring {
  center: Position;
  radiusKm: number;
  label: string;
}

/** What the planner tools ask the map to draw: rings and highlighted sites. */
export interface AnalysisOverlay {
  rings: Ring[];
  highlight: string[];
}

export interface ImportReport {
  file: string;
  imported: number;
  errors: RowError[];
  warnings: RowError[];
}

export interface PlannerSlice {
  scenario: Scenario;
  /** Names of the items the browser refused to store at the last save. */
  unsavedItems: string[];
  /** Stored entries that could not be read, kept until the user lets them go. */
  keptCopies: KeptCopy[];
  importReport: ImportReport | null;
  tool: Tool | null;
  toolPoints: Position[];
  /** A measurement or drawing that is done, kept on screen until the tool is closed. */
  toolFinished: boolean;
  overlay: AnalysisOverlay | null;
  /** Town names inside the first ring, read from the offline basemap when it is shown. */
  overlayTowns: string[] | null;
  addScenarioItems: (items: { sites?: ScenarioSite[]; links?: ScenarioLink[] }) => void;
  removeScenarioItem: (id: string) => void;
  clearScenario: () => void;
  setScenario: (scenario: Scenario) => void;
  /** Adds an item, or replaces the one with its id (another tab changed it). */
  upsertScenarioItem: (item: ScenarioItem) => void;
  setUnsavedItems: (names: string[]) => void;
  setKeptCopies: (copies: KeptCopy[]) => void;
  startTool: (tool: Tool | null) => void;
  addToolPoint: (point: Position) => void;
  finishTool: () => void;
  setOverlay: (overlay: AnalysisOverlay | null) => void;
  setOverlayTowns: (towns: string[] | null) => void;
  /** Adds what a file import accepted (nothing when it had only errors) and keeps the report. */
  applyImport: (file: string, result: ImportResult) => void;
}

export const createPlannerSlice: StateCreator<AtlasState, [], [], PlannerSlice> = (set) => ({
  scenario: EMPTY_SCENARIO,
  unsavedItems: [],
  keptCopies: [],
  importReport: null,
  tool: null,
  toolPoints: [],
  toolFinished: false,
  overlay: null,
  overlayTowns: null,
  addScenarioItems: ({ sites = [], links = [] }) => set((s) => ({ scenario: { sites: [...s.scenario.sites, ...sites], links: [...s.scenario.links, ...links] } })),
  removeScenarioItem: (id) => set((s) => ({ scenario: { sites: s.scenario.sites.filter((x) => x.id !== id), links: s.scenario.links.filter((x) => x.id !== id) } })),
  clearScenario: () => set({ scenario: EMPTY_SCENARIO }),
  setScenario: (scenario) => set({ scenario }),
  upsertScenarioItem: (item) =>
    set((s) => {
      const replace = <T extends { id: string }>(list: T[], next: T) => (list.some((x) => x.id === next.id) ? list.map((x) => (x.id === next.id ? next : x)) : [...list, next]);
      return { scenario: 'site' in item ? { ...s.scenario, sites: replace(s.scenario.sites, item.site) } : { ...s.scenario, links: replace(s.scenario.links, item.link) } };
    }),
  setUnsavedItems: (names) => set((s) => (names.length === 0 && s.unsavedItems.length === 0 ? {} : { unsavedItems: names })),
  setKeptCopies: (keptCopies) => set({ keptCopies }),
  startTool: (tool) => set({ tool, toolPoints: [], toolFinished: false }),
  addToolPoint: (point) => set((s) => (s.toolFinished ? { toolPoints: [point], toolFinished: false } : { toolPoints: [...s.toolPoints, point] })),
  finishTool: () => set({ toolFinished: true }),
  setOverlay: (overlay) => set({ overlay, overlayTowns: null }),
  setOverlayTowns: (overlayTowns) => set({ overlayTowns }),
  applyImport: (file, result) =>
    set((s) => ({
      importReport: { file, imported: result.sites.length + result.links.length, errors: result.errors, warnings: result.warnings ?? [] },
      scenario: result.sites.length + result.links.length > 0 ? { sites: [...s.scenario.sites, ...result.sites], links: [...s.scenario.links, ...result.links] } : s.scenario,
    })),
});
