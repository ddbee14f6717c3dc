import type { SiteCollection } from '../data/schema';
import type { Lang } from '../map/siteSource';

interface Props {
  sites: SiteCollection;
  lang: Lang;
  selectedId: string | null;
  onPick: (id: string) => void;
}

/** The sites as buttons: a keyboard and screen-reader route to everything the map shows. */
export function SiteList({ sites, lang, selectedId, onPick }: Props) {
  return (
    <nav className="site-list" aria-label="Sites">
      <ul>
        {sites.features.map(({ properties: p }) => (
          <li key={p.id}>
            <button type="button" aria-pressed={p.id === selectedId} onClick={() => onPick(p.id)}>
              <span className={`kind-dot kind-dot--${p.kind}`} aria-hidden="true" />
              {p.name[lang]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
