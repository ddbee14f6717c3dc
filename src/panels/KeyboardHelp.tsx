// The list of keyboard shortcuts, in a modal dialog: the browser keeps the focus inside it, Escape closes it
// and the focus goes back to where it was.
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/useT';
import { SHORTCUT_GROUPS, SPACE_KEY } from '../layout/shortcutList';

interface Props {
  onClose: () => void;
}

export function KeyboardHelp({ onClose }: Props) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // No close on unmount: a removed dialog leaves the top layer by itself, and a close() there would report a
    // `close` event after a development re-mount had opened it again.
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="keyboard-help" aria-labelledby="keyboard-help-title" onClose={onClose}>
      <div className="keyboard-help__header">
        <h2 id="keyboard-help-title">{t.keyboard.title}</h2>
        <button type="button" className="icon-button" aria-label={t.keyboard.close} onClick={() => dialog.current?.close()}>
          ×
        </button>
      </div>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.id}>
          <h3>{t.keyboard.groups[group.id]}</h3>
          <dl className="keyboard-help__rows">
            {group.rows.map((row) => (
              <div key={row.id} className="keyboard-help__row">
                <dt>
                  {row.keys.map((key) => (
                    <kbd key={key}>{key === SPACE_KEY ? t.keyboard.space : key}</kbd>
                  ))}
                </dt>
                <dd>{t.keyboard.rows[row.id]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="hint">{t.keyboard.hint}</p>
    </dialog>
  );
}
