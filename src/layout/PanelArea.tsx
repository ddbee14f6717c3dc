// The side panel: what is selected (site, link, project, partner) or else the open overview. Reads only
// the selection, the open panel and the compare list.
import { lazy, memo, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasData } from '../data/atlasData';
import { selectedRecord } from '../data/derive';
import { useT } from '../i18n/useT';
import { LinkPanel } from '../panels/LinkPanel';
import { PartnerPanel } from '../panels/PartnerPanel';
import { ProjectPanel } from '../panels/ProjectPanel';
import { SitePanel } from '../panels/SitePanel';
import { MAX_COMPARE } from '../state/panelSlice';
import type { Selection } from '../state/selectionSlice';
import { useAtlas, useAtlasStore } from '../state/useAtlas';
import { useVisibleProjects } from './useVisibleSites';
import { useFocusReturn } from './useFocusReturn';

// Overviews a visitor opens later load on demand, which keeps the code before the map small.
const ComparePanel = lazy(() => import('../panels/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const PlannerPanel = lazy(() => import('../panels/planner/PlannerPanel').then((m) => ({ default: m.PlannerPanel })));
const ProgrammePanel = lazy(() => import('../panels/ProgrammePanel').then((m) => ({ default: m.ProgrammePanel })));

interface Props {
  data: AtlasData;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
  onPrint: (siteId: string) => void;
}

export const PanelArea = memo(function PanelArea({ data, onSelect, onClose, onPrint }: Props) {
  const t = useT();
  const store = useAtlasStore();
  const { selection, panel, compareIds } = useAtlas(useShallow((s) => ({ selection: s.selection, panel: s.panel, compareIds: s.compareIds })));
  const visibleProjects = useVisibleProjects(data);
  const record = selectedRecord(data, selection);
  const toggleCompare = store.getState().toggleCompare;

  let content: React.ReactNode = null;
  if (record?.kind === 'site') {
    const id = record.site.properties.id;
    content = (
      <SitePanel
        site={record.site}
        data={data}

        inCompare={compareIds.includes(id)}
        compareFull={compareIds.length >= MAX_COMPARE}
        onToggleCompare={() => toggleCompare(id)}
        onPrint={() => onPrint(id)}
        onSelect={onSelect}
        onClose={onClose}
      />
    );
  } else if (record?.kind === 'link') content = <LinkPanel link={record.link} data={data} onSelect={onSelect} onClose={onClose} />;
  else if (record?.kind === 'project') content = <ProjectPanel project={record.project} data={data} onSelect={onSelect} onClose={onClose} />;
  else if (record?.kind === 'partner') content = <PartnerPanel partner={record.partner} data={data} onSelect={onSelect} onClose={onClose} />;
  else if (panel === 'programme') content = <ProgrammePanel data={data} visibleProjects={visibleProjects} onSelect={onSelect} onClose={onClose} />;
  else if (panel === 'planner') content = <PlannerPanel data={data} onClose={onClose} />;
  else if (panel === 'compare') content = <ComparePanel data={data} siteIds={compareIds} onRemove={toggleCompare} onSelect={onSelect} onClose={onClose} />;

  useFocusReturn(content === null ? null : selection ? `${selection.kind}:${selection.id}` : panel);

  return (
    <Suspense
      fallback={
        <div className="side-panel side-panel--loading" role="status" data-testid="panel-loading">
          {t.panel.loading}
        </div>
      }
    >
      {content}
    </Suspense>
  );
});
