// Search over sites, partners and projects as an ARIA combobox: type, arrow keys, Enter.
import { memo, useId, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { buildSearchIndex, search, type SearchEntry } from '../data/search';
import type { Selection } from '../state/selectionSlice';
import { useT, useI18n } from '../i18n/useT';

export const SEARCH_INPUT_ID = 'atlas-search';

/** Puts the focus in the search box; false when it cannot take it (a tour hides it). */
export function focusSearch(): boolean {
  const input = document.getElementById(SEARCH_INPUT_ID);
  input?.focus();
  return input !== null && document.activeElement === input;
}

export const SearchBox = memo(function SearchBox({ data, onPick }: { data: AtlasData; onPick: (selection: Selection) => void }) {
  const { lang } = useI18n();
  const t = useT();
  // The index is built when the box is first used, not with the page: at 100,000 sites it takes half a
  // second, which would delay the map's first frame for every visitor, searching or not.
  const [used, setUsed] = useState(false);
  const index = useMemo(() => (used ? buildSearchIndex(data, lang) : null), [used, data, lang]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  // Closing on blur waits a moment (a click on a result blurs first); a quick return cancels it.
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = () => {
    clearTimeout(closeTimer.current);
    setOpen(true);
  };
  const results = useMemo(() => (index ? search(index, query) : []), [index, query]);

  const pick = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    onPick({ kind: entry.kind, id: entry.id });
    setOpen(false);
    setQuery('');
  };
  const detail = (e: SearchEntry) => (e.kind === 'partner' ? t.partnerTypes[e.detail as keyof typeof t.partnerTypes] : e.kind === 'project' ? t.programmes[e.detail] : e.detail);

  return (
    <div className="search" role="search">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        aria-label={t.search.label}
        aria-expanded={open && query.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t.search.placeholder}
        value={query}
        maxLength={100}
        onChange={(e) => {
          setUsed(true);
          setQuery(e.target.value);
          setActive(0);
          show();
        }}
        onFocus={() => {
          setUsed(true);
          show();
        }}
        onBlur={() => {
          closeTimer.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(results[active]);
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            setOpen(false);
            setQuery('');
          }
        }}
      />
      {open && query.length > 0 && (
        <ul className="search__results" role="listbox" id={listId} aria-label={t.search.results}>
          {results.length === 0 && (
            <li className="search__empty" role="option" aria-disabled="true" aria-selected="false">
              {t.search.nothing(query)}
            </li>
          )}
          {results.map((entry, i) => (
            <li
              key={`${entry.kind}-${entry.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(entry);
              }}
            >
              <span className="search__kind">{t.search.kinds[entry.kind]}</span> {entry.label} <small className="muted">{detail(entry)}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
