// The sites (and their projects) that pass the filters panel, or null when no filter constrains them.
// Subscribes to the constraints only, so a selection or a pan does not recompute it.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasData } from '../data/atlasData';
import { projectsForSite } from '../data/derive';
import { hasConstraints, visibleSiteIds } from '../data/siteFilters';
import type { Constraints } from '../state/filtersSlice';
import { useAtlas } from '../state/useAtlas';

export function useConstraints(): Constraints {
  return useAtlas(useShallow((s) => ({ regions: s.regions, funders: s.funders, partnerTypes: s.partnerTypes, themes: s.themes })));
}

export function useVisibleSites(data: AtlasData): ReadonlySet<string> | null {
  const constraints = useConstraints();
  return useMemo(() => (hasConstraints({ hiddenKinds: [], ...constraints }) ? new Set(visibleSiteIds(data, { hiddenKinds: [], ...constraints })) : null), [data, constraints]);
}

export function useVisibleProjects(data: AtlasData): ReadonlySet<string> | null {
  const visible = useVisibleSites(data);
  return useMemo(() => (visible ? new Set([...visible].flatMap((id) => projectsForSite(data, id).map((p) => p.id))) : null), [data, visible]);
}
