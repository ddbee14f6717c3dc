// Keeps the planner's scenario in localStorage: loaded at start, saved on every change.
import { loadScenario, saveScenario } from '../analysis/scenario';
import type { AtlasStore } from './store';

export function startScenarioPersistence(store: AtlasStore, storage: Storage | undefined = globalThis.localStorage): () => void {
  if (!storage) return () => {};
  const { scenario, problem } = loadScenario(storage);
  store.getState().setScenario(scenario);
  if (problem) store.getState().showNotice(problem);
  let reported = false;
  return store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    const error = saveScenario(storage, state.scenario);
    if (error && !reported) {
      reported = true;
      store.getState().showNotice(error);
    }
  });
}
