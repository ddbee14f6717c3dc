import type { DatedMilestone } from '../../data/derive';
import { useT, useI18n } from '../../i18n/useT';

/** Milestones on a small vertical timeline, oldest first. */
export function Timeline({ milestones }: { milestones: readonly DatedMilestone[] }) {
  const { lang } = useI18n();
  const t = useT();
  if (milestones.length === 0) return <p className="muted">{t.panel.noMilestones}</p>;
  return (
    <ol className="timeline">
      {milestones.map((m, i) => (
        <li key={`${m.projectId}-${i}`}>
          <span className="timeline__year">{m.yearEnd && m.yearEnd !== m.year ? `${m.year}–${m.yearEnd}` : m.year}</span>
          <span>{m.label[lang]}</span>
        </li>
      ))}
    </ol>
  );
}
