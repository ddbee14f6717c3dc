// A grouped list of buttons, one per record the map shows: the keyboard and screen-reader route to the
// map. Long groups show a page at a time, so 100,000 records cost no more DOM than a few hundred.
import { memo } from 'react';
import { useI18n } from '../../i18n/useT';
import { formatNumber } from '../../format/money';
import { PAGE_SIZE, ShowMore, usePage } from './Paged';

export interface PickItem {
  id: string;
  label: string;
  detail?: string;
  /** A site kind: draws its coloured dot. */
  dot?: string;
}

export interface PickGroup {
  key: string;
  title: string;
  items: PickItem[];
}

export const PICK_PAGE = PAGE_SIZE;

/** Groups records under keys in a fixed order (kinds, modes), leaving out keys that end up empty. */
export function groupForPicking<K extends string, R>(keys: readonly K[], records: readonly R[], keyOf: (record: R) => K, title: (key: K) => string, item: (record: R) => PickItem): PickGroup[] {
  const byKey = new Map<K, PickItem[]>(keys.map((key) => [key, []]));
  for (const record of records) byKey.get(keyOf(record))?.push(item(record));
  return keys.filter((key) => byKey.get(key)!.length > 0).map((key) => ({ key, title: title(key), items: byKey.get(key)! }));
}

interface Props {
  id: string;
  label: string;
  empty: string;
  groups: PickGroup[];
  selectedId: string | null;
  onPick: (id: string) => void;
  testId?: string;
}

function Group({ group, selectedId, onPick }: { group: PickGroup; selectedId: string | null; onPick: (id: string) => void }) {
  const { lang } = useI18n();
  const { shown, more } = usePage(group.items);
  return (
    <section>
      <h2>
        {group.title} <span className="count">{formatNumber(group.items.length, lang)}</span>
      </h2>
      <ul>
        {shown.map((item) => (
          <li key={item.id}>
            <button type="button" aria-pressed={item.id === selectedId} onClick={() => onPick(item.id)}>
              {item.dot && <span className={`kind-dot kind-dot--${item.dot}`} aria-hidden="true" />}
              <span>{item.label}</span>
              {item.detail && <small className="muted"> · {item.detail}</small>}
            </button>
          </li>
        ))}
      </ul>
      <ShowMore {...more} />
    </section>
  );
}

export const PickList = memo(function PickList({ id, label, empty, groups, selectedId, onPick, testId }: Props) {
  return (
    <nav className="pick-list" aria-label={label} id={id} tabIndex={-1} data-testid={testId}>
      {groups.length === 0 && <p className="empty-state">{empty}</p>}
      {groups.map((group) => (
        <Group key={group.key} group={group} selectedId={selectedId} onPick={onPick} />
      ))}
    </nav>
  );
});
