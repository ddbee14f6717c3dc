// The frame every side panel shares: title, close, collapse, a keyboard-operable resize handle.
import { useEffect, useRef, type ReactNode } from 'react';
import { clampPanelWidth } from '../../state/panelSlice';
import { useAtlas } from '../../state/useAtlas';
import { useT } from '../../i18n/useT';
import { afterNextPaint } from '../../layout/afterNextPaint';
import { useMapCover } from '../../layout/mapCovers';

interface Props {
  kind: string;
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Side-by-side content: at least this many pixels wide. */
  minWidth?: number;
}

export function PanelShell({ kind, title, subtitle, actions, onClose, children, minWidth = 0 }: Props) {
  const t = useT();
  const width = useAtlas((s) => s.panelWidth);
  const collapsed = useAtlas((s) => s.panelCollapsed);
  const setWidth = useAtlas((s) => s.setPanelWidth);
  const setCollapsed = useAtlas((s) => s.setPanelCollapsed);
  const tall = useAtlas((s) => s.panelTall);
  const setTall = useAtlas((s) => s.setPanelTall);
  const heading = useRef<HTMLHeadingElement>(null);
  // The map keeps what it focuses clear of the panel.
  const cover = useMapCover();
  useEffect(() => {
    // Focus moves to the new panel once it has been painted: focusing forces a style and layout pass,
    // which before the first paint would hold the panel back (tens of ms in software rendering).
    return afterNextPaint(() => heading.current?.focus());
  }, [title]);

  const startDrag = (event: React.PointerEvent) => {
    const startX = event.clientX;
    const startWidth = width;
    const move = (e: PointerEvent) => setWidth(startWidth + (startX - e.clientX));
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return (
    <aside
      ref={cover}
      className="side-panel"
      aria-labelledby={`${kind}-panel-title`}
      data-testid="side-panel"
      data-panel={kind}
      data-collapsed={collapsed}
      data-tall={tall}
      style={{ '--panel-width': `${Math.max(width, minWidth)}px` } as React.CSSProperties}
    >
      <div
        className="side-panel__resize"
        role="separator"
        aria-orientation="vertical"
        aria-label={t.panel.resize}
        aria-valuenow={width}
        aria-valuemin={clampPanelWidth(0)}
        aria-valuemax={clampPanelWidth(Infinity)}
        tabIndex={0}
        onPointerDown={startDrag}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') setWidth(width + 32);
          if (e.key === 'ArrowRight') setWidth(width - 32);
        }}
      />
      <header className="side-panel__header">
        <h2 id={`${kind}-panel-title`} tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <div className="side-panel__buttons">
          {actions && <span className="side-panel__actions">{actions}</span>}
          {/* A phone's sheet only (app.css shows it there): half the map's height, or most of it. */}
          <button type="button" className="icon-button side-panel__tall" onClick={() => setTall(!tall)} aria-pressed={tall} aria-label={t.panel.tall} title={t.panel.tall}>
            {tall ? '⇓' : '⇑'}
          </button>
          <button type="button" className="icon-button" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed} aria-label={collapsed ? t.panel.expand : t.panel.collapse}>
            {collapsed ? '▴' : '▾'}
          </button>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t.panel.close}>
            ×
          </button>
        </div>
      </header>
      {!collapsed && (
        <div className="side-panel__body">
          {subtitle && <p className="side-panel__kind">{subtitle}</p>}
          {children}
        </div>
      )}
    </aside>
  );
}
