// Tells screen-reader users what was selected or which tour step is showing (aria-live).
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasData } from '../data/atlasData';
import { selectedRecord } from '../data/derive';
import { useI18n } from '../i18n/useT';
import { useAtlas } from '../state/useAtlas';

export const Announcer = memo(function Announcer({ data }: { data: AtlasData }) {
  const { t, lang } = useI18n();
  const { tour, selection } = useAtlas(useShallow((s) => ({ tour: s.tour, selection: s.selection })));
  const running = tour ? data.tours.find((candidate) => candidate.id === tour.id) : undefined;
  const record = selectedRecord(data, selection);
  let announcement = '';
  if (running && tour) announcement = t.announce.tourStep(tour.step + 1, running.steps.length, running.steps[tour.step]!.title[lang]);
  else if (record?.kind === 'site') announcement = t.announce.site(record.site.properties.name[lang], t.kinds[record.site.properties.kind]);
  else if (record?.kind === 'link') announcement = t.announce.link(record.link.properties.name[lang]);
  else if (record?.kind === 'project') announcement = t.announce.project(record.project.name[lang]);
  else if (record?.kind === 'partner') announcement = t.announce.partner(record.partner.name);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {announcement}
    </p>
  );
});
