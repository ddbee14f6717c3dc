import { useMemo } from 'react';
import { LINK_MODES, type LinkCollection, type LinkMode } from '../data/schema';
import type { Locale } from '../format/money';
import { useT } from '../i18n/useT';
import { PickList, type PickGroup } from './common/PickList';

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
  const groups = useMemo<PickGroup[]>(
    () =>
      LINK_MODES.filter((mode) => !hiddenModes.includes(mode))
        .map((mode) => ({
          key: mode,
          title: t.modes[mode],
          items: links.features.filter((f) => f.properties.mode === mode).map(({ properties: p }) => ({ id: p.id, label: p.name[lang], detail: t.statuses[p.status] })),
        }))
        .filter((group) => group.items.length > 0),
    [links, lang, hiddenModes, t],
  );
  return <PickList id="links" label={t.lists.links} empty={t.lists.noLinks} groups={groups} selectedId={selectedId} onPick={onPick} testId="link-list" />;
}
