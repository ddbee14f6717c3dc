import { useMemo } from 'react';
import { SITE_KINDS, type SiteKind } from '../data/vocabulary';
import type { SiteCollection } from '../data/schema';
import { useT, useI18n } from '../i18n/useT';
import { groupForPicking, PickList, type PickGroup } from './common/PickList';

interface Props {
  sites: SiteCollection;
  hiddenKinds: readonly SiteKind[];
  /** Sites that pass the filters, or null when no filter constrains them. */
  visibleIds: ReadonlySet<string> | null;
  selectedId: string | null;
  onPick: (id: string) => void;
}

/** Every visible site, grouped by kind. */
export function SiteList({ sites, hiddenKinds, visibleIds, selectedId, onPick }: Props) {
  const { lang } = useI18n();
  const t = useT();
  const groups = useMemo<PickGroup[]>(
    () =>
      groupForPicking(
        SITE_KINDS.filter((kind) => !hiddenKinds.includes(kind)),
        visibleIds === null ? sites.features : sites.features.filter((f) => visibleIds.has(f.properties.id)),
        (f) => f.properties.kind,
        (kind) => t.kindPlurals[kind],
        ({ properties: p }) => ({ id: p.id, label: p.name[lang], dot: p.kind }),
      ),
    [sites, lang, hiddenKinds, visibleIds, t],
  );
  return <PickList id="sites" label={t.lists.sites} empty={t.lists.noSites} groups={groups} selectedId={selectedId} onPick={onPick} />;
}
