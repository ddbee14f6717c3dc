import { memo, useEffect, type ReactNode } from 'react';
import { describeProblem } from '../i18n/problem';
import { useT } from '../i18n/useT';
import type { AppNotice } from '../state/basemapSlice';

export const NOTICE_MS = 12_000;

function NoticeItem({ notice, onDismiss }: { notice: AppNotice; onDismiss: (id: number) => void }) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice.id, onDismiss]);
  return (
    <div className="notice" data-testid="notice">
      <span>{describeProblem(t.problems, notice.message)}</span>
      <button type="button" className="icon-button" onClick={() => onDismiss(notice.id)} aria-label={t.notices.dismiss}>
        ×
      </button>
    </div>
  );
}

/** Small, non-blocking notices (a basemap fallback, a scenario that could not be read), announced politely; `children` stay until acted on. */
export const Notices = memo(function Notices({ notices, onDismiss, children }: { notices: readonly AppNotice[]; onDismiss: (id: number) => void; children?: ReactNode }) {
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} onDismiss={onDismiss} />
      ))}
      {children}
    </div>
  );
});
