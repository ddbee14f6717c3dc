// The service worker's registration, and the offer of a new version: a new build waits until the reader
// accepts it, then the page reloads on it. Nothing is swapped underneath an open tab.
import type { Workbox } from 'workbox-window';

let worker: Workbox | undefined;

export async function registerServiceWorker(onUpdateReady: () => void): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const { Workbox } = await import('workbox-window');
  worker = new Workbox('/sw.js');
  worker.addEventListener('waiting', onUpdateReady);
  worker.register().catch((error: Error) => console.warn('[offline] service worker not registered:', error.message));
}

/** Lets the waiting version take over and reloads the page on it. */
export function reloadOnNewVersion(): void {
  if (!worker) return window.location.reload();
  worker.addEventListener('controlling', () => window.location.reload());
  worker.messageSkipWaiting();
}
