import { LINK_MODES, type LinkCollection, type LinkMode } from '../data/schema';
import type { Locale } from '../format/money';
import { useT } from '../i18n/useT';

interface Props {
  links: LinkCollection;
  lang: Locale;
  hiddenModes: readonly LinkMode[];
  selectedId: string | null;
  onPick: (id: string) => void;
}

/** Every link the map shows, grouped by mode: the screen-reader and keyboard twin of the lines. */
export function LinkList({ links, lang, hiddenModes, selectedId, onPick }: Props) {
  const t = useT();
  const groups = LINK_MODES.filter((mode) => !hiddenModes.includes(mode))
    .map((mode) => ({ mode, members: links.features.filter((f) => f.properties.mode === mode) }))
    .filter((group) => group.members.length > 0);
  return (
    <nav className="link-list" aria-label={t.lists.links} id="links" data-testid="link-list">
      {groups.length === 0 && <p className="empty-state">{t.lists.noLinks}</p>}
      {groups.map(({ mode, members }) => (
        <section key={mode}>
          <h2>
            {t.modes[mode]} <span className="count">{members.length}</span>
          </h2>
          <ul>
            {members.map(({ properties: p }) => (
              <li key={p.id}>
                <button type="button" aria-pressed={p.id === selectedId} onClick={() => onPick(p.id)}>
                  <span>{p.name[lang]}</span>
                  <small className="muted"> · {t.statuses[p.status]}</small>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
