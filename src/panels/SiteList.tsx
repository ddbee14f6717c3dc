import type { SiteCollection, SiteKind } from '../data/schema';
import type { Lang } from '../map/siteSource';

interface Props {
  sites: SiteCollection;
  lang: Lang;
  selectedId: string | null;
  onPick: (id: string) => void;
}

const GROUPS: Array<{ kind: SiteKind; title: string }> = [
  { kind: 'top-location', title: 'Top work locations' },
  { kind: 'creative-breeding-ground', title: 'Creative breeding grounds' },
  { kind: 'quay', title: 'Quay' },
  { kind: 'facility', title: 'Facilities' },
];

/** Every site as a button, grouped by kind: a keyboard and screen-reader route to everything the map shows. */
export function SiteList({ sites, lang, selectedId, onPick }: Props) {
  return (
    <nav className="site-list" aria-label="Sites">
      {GROUPS.map(({ kind, title }) => {
        const members = sites.features.filter((f) => f.properties.kind === kind);
        if (members.length === 0) return null;
        return (
          <section key={kind}>
            <h2>
              {title} <span className="count">{members.length}</span>
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
