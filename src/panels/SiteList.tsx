import type { SiteCollection, SiteKind } from '../data/schema';
import { SITE_KINDS } from '../data/schema';
import type { Lang } from '../map/sources';
import { useT } from '../i18n/useT';

interface Props {
  sites: SiteCollection;
  lang: Lang;
  hiddenKinds: readonly SiteKind[];
  /** Sites that pass the filters, or null when no filter constrains them. */
  visibleIds: ReadonlySet<string> | null;
  selectedId: string | null;
  onPick: (id: string) => void;
}

/** Every visible site as a button, grouped by kind: a keyboard and screen-reader route to what the map shows. */
export function SiteList({ sites, lang, hiddenKinds, visibleIds, selectedId, onPick }: Props) {
  const t = useT();
  const shown = SITE_KINDS.filter((kind) => !hiddenKinds.includes(kind)).map((kind) => ({
    kind,
    members: sites.features.filter((f) => f.properties.kind === kind && (visibleIds === null || visibleIds.has(f.properties.id))),
  }));
  return (
    <nav className="site-list" aria-label={t.lists.sites} id="sites" tabIndex={-1}>
      {shown.every((g) => g.members.length === 0) && <p className="empty-state">{t.lists.noSites}</p>}
      {shown.map(({ kind, members }) => {
        if (members.length === 0) return null;
        return (
          <section key={kind}>
            <h2>
              {t.kindPlurals[kind]} <span className="count">{members.length}</span>
            </h2>
            <ul>
              {members.map(({ properties: p }) => (
                <li key={p.id}>
                  <button type="button" aria-pressed={p.id === selectedId} onClick={() => onPick(p.id)}>
                    <span className={`kind-dot kind-dot--${p.kind}`} aria-hidden="true" />
                    {p.name[lang]}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
