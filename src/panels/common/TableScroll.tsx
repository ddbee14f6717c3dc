// A wide table's box: the table scrolls sideways inside it instead of running past the panel's edge (by keyboard
// too: the box takes the focus); its caption and row labels stay in view (app.css, `.table-scroll`).
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';

export function TableScroll({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t.panel.tableScroll}>
      {children}
    </div>
  );
}
