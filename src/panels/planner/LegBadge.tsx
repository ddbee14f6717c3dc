import type { PlannerMode } from '../../analysis/assumptions';
import type { Leg } from '../../analysis/connections';
import { useT, useI18n } from '../../i18n/useT';
import { legMethod } from './legText';

/** The leg's basis as a badge, with how it was obtained in words (as a tooltip and for screen readers). */
export function LegBadge({ leg, mode, linkName }: { leg: Leg; mode: PlannerMode; linkName: (id: string) => string }) {
  const { lang } = useI18n();
  const t = useT();
  const method = legMethod(leg, mode, t, lang, linkName);
  return (
    <span className={`badge badge--${leg.basis}`} title={method} data-basis={leg.basis}>
      {t.networks.basis[leg.basis]}
      <span className="visually-hidden">: {method}</span>
    </span>
  );
}
