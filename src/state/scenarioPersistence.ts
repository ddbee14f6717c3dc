// Keeps the planner's scenario in the browser: loaded at start, each changed item written on its own, and the
// items other tabs write or remove taken over as they happen. What could not be written is named, every time.
import { itemId as idOf, itemKey, itemsOf, itemText, ITEM_PREFIX, readItem, readSavedScenario, type ScenarioItem } from './scenarioStorage';
import type { AtlasStore } from './store';

const nameOf = (item: ScenarioItem) => ('site' in item ? item.site.name : item.link.name);

export function startScenarioPersistence(
  store: AtlasStore,
  storage: Storage | undefined = globalThis.localStorage,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = globalThis.window,
): () => void {
  if (!storage) return () => {};
  let saved: ReturnType<typeof readSavedScenario>;
  try {
    saved = readSavedScenario(storage);
  } catch {
    store.getState().showNotice({ code: 'storageUnavailable' });
    return () => {};
  }
  store.getState().setScenario(saved.scenario);
  store.getState().setKeptCopies(saved.kept);
  if (saved.kept.length > 0) store.getState().showNotice({ code: 'savedScenarioPartlyUnreadable', params: { count: saved.kept.length } });

  /** What this tab knows to be in storage, by id: the text written (or read) and the item's place. */
  const written = new Map<string, { text: string; order: number }>();
  for (const item of itemsOf(store.getState().scenario)) {
    const order = saved.orders.get(idOf(item)) ?? 0;
    written.set(idOf(item), { text: itemText(item, order), order });
  }
  let nextOrder = Math.max(Date.now(), ...[...written.values()].map((w) => w.order + 1));

  const save = () => {
    const items = itemsOf(store.getState().scenario);
    const unsaved: string[] = [];
    let reason = '';
    for (const item of items) {
      const known = written.get(idOf(item));
      const order = known?.order ?? nextOrder++;
      const text = itemText(item, order);
      if (known?.text === text) continue;
      try {
        storage.setItem(itemKey(idOf(item)), text);
        written.set(idOf(item), { text, order });
      } catch (error) {
        unsaved.push(nameOf(item));
        reason = (error as Error).message;
      }
    }
    const ids = new Set(items.map(idOf));
    for (const id of [...written.keys()].filter((id) => !ids.has(id))) {
      storage.removeItem(itemKey(id));
      written.delete(id);
    }
    store.getState().setUnsavedItems(unsaved);
    if (unsaved.length > 0) store.getState().showNotice({ code: 'scenarioItemsNotSaved', params: { names: unsaved, reason } });
  };

  // Another tab wrote or removed an item: take it over, and note it as written so it is not written back.
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== storage || !event.key?.startsWith(ITEM_PREFIX)) return;
    const id = event.key.slice(ITEM_PREFIX.length);
    const read = readItem(event.newValue);
    if (event.newValue === null) {
      written.delete(id);
      store.getState().removeScenarioItem(id);
    } else if (read && idOf(read.item) === id) {
      written.set(id, { text: event.newValue, order: read.order });
      store.getState().upsertScenarioItem(read.item);
    }
  };

  win?.addEventListener('storage', onStorage);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario) save();
    // Kept copies the user let go of leave storage too.
    if (state.keptCopies !== previous.keptCopies) {
      const still = new Set(state.keptCopies.map((copy) => copy.key));
      for (const copy of previous.keptCopies.filter((c) => !still.has(c.key))) storage.removeItem(copy.key);
    }
  });
  return () => {
    unsubscribe();
    win?.removeEventListener('storage', onStorage);
  };
}
