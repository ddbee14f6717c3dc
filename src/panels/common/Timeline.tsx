import type { DatedMilestone } from '../../data/derive';
import type { Locale } from '../../format/money';

/** Milestones on a small vertical timeline, oldest first. */
export function Timeline({ milestones, lang }: { milestones: readonly DatedMilestone[]; lang: Locale }) {
  if (milestones.length === 0) return <p className="muted">No dated milestones in the sources.</p>;
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
