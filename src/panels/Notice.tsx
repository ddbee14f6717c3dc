import { useEffect } from 'react';
import type { BasemapNotice } from '../state/basemapSlice';

export const NOTICE_MS = 12_000;

/** A small, non-blocking notice (e.g. a basemap fallback), announced politely and dismissed by itself. */
export function Notice({ notice, onDismiss }: { notice: BasemapNotice | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(onDismiss, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice" data-testid="notice">
          <span>{notice.text}</span>
          <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
