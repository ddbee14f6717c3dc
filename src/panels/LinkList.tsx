import { useMemo } from 'react';
import { LINK_MODES, type LinkMode } from '../data/vocabulary';
import type { LinkCollection } from '../data/schema';
import { useT, useI18n } from '../i18n/useT';
import { groupForPicking, PickList, type PickGroup } from './common/PickList';

interface Props {
  links: LinkCollection;
  hiddenModes: readonly LinkMode[];
  selectedId: string | null;
  onPick: (id: string) => void;
}

/** Every link the map shows, grouped by mode: the screen-reader and keyboard twin of the lines. */
export function LinkList({ links, hiddenModes, selectedId, onPick }: Props) {
  const { lang } = useI18n();
  const t = useT();
  const groups = useMemo<PickGroup[]>(
    () =>
      groupForPicking(
        LINK_MODES.filter((mode) => !hiddenModes.includes(mode)),
        links.features,
        (f) => f.properties.mode,
        (mode) => t.modes[mode],
        ({ properties: p }) => ({ id: p.id, label: p.name[lang], detail: t.statuses[p.status] }),
      ),
    [links, lang, hiddenModes, t],
  );
  return <PickList id="links" label={t.lists.links} empty={t.lists.noLinks} groups={groups} selectedId={selectedId} onPick={onPick} testId="link-list" />;
}
