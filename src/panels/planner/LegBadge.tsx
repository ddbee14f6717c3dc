import type { PlannerMode } from '../../analysis/assumptions';
import type { Leg } from '../../analysis/connections';
import type { Locale } from '../../format/money';
import { useT } from '../../i18n/useT';
import { legMethod } from './legText';

/** The leg's basis as a badge, with how it was obtained in words (as a tooltip and for screen readers). */
export function LegBadge({ leg, mode, lang, linkName }: { leg: Leg; mode: PlannerMode; lang: Locale; linkName: (id: string) => string }) {
  const t = useT();
  const method = legMethod(leg, mode, t, lang, linkName);
  return (
    <span className={`badge badge--${leg.basis}`} title={method} data-basis={leg.basis}>
      {t.networks.basis[leg.basis]}
      <span className="visually-hidden">: {method}</span>
    </span>
  );
}
