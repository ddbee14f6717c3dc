import { useT } from '../i18n/useT';
import type { OfflinePreparation } from './useOfflinePreparation';

/** The progress and the outcome of "Prepare offline"; the bar shows only while there is work to show. */
export function OfflineStatus({ state, onRetry, onClose }: { state: OfflinePreparation; onRetry: () => void; onClose: () => void }) {
  const t = useT();
  const finished = state.phase === 'done' || state.phase === 'no-worker';
  const notReady = state.phase === 'no-worker' || (state.phase === 'done' && state.shortfall !== null);
  return (
    <div className="offline-progress" role="status" data-testid="offline-progress">
      <label>
        {state.phase === 'fetching' && t.app.offlinePreparing(state.done, state.total)}
        {(state.phase === 'waiting' || state.phase === 'checking') && t.app.offlineChecking}
        {state.phase === 'no-worker' && t.app.offlineNoWorker}
        {state.phase === 'done' && (state.shortfall ? t.app.offlineNotReady(state.shortfall, state.total) : t.app.offlineReady(state.total))}
        {state.phase === 'fetching' && <progress max={state.total} value={state.done} />}
        {(state.phase === 'waiting' || state.phase === 'checking') && <progress />}
      </label>
      {notReady && (
        <button type="button" className="small-button" onClick={onRetry}>
          {t.app.offlineRetry}
        </button>
      )}
      {finished && (
        <button type="button" className="icon-button icon-button--small" aria-label={t.app.close} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
