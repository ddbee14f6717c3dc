import type { Selection } from '../../state/selectionSlice';

/** A row of chips, each selecting a record (site, partner, project …). */
export function SelectChips({ items, onSelect, testId }: { items: Array<{ selection: Selection; label: string }>; onSelect: (selection: Selection) => void; testId?: string }) {
  return (
    <ul className="chips" data-testid={testId}>
      {items.map(({ selection, label }) => (
        <li key={`${selection.kind}-${selection.id}`}>
          <button type="button" className="chip" onClick={() => onSelect(selection)}>
            {label}
          </button>
        </li>
      ))}
    </ul>
  );
}
