// How a leg was obtained, in words: the network route with its stations or exits, the traced plan link,
// or the estimate's factor and speed.
import { MODE_ASSUMPTIONS, type PlannerMode } from '../../analysis/assumptions';
import type { Leg } from '../../analysis/connections';
import { formatNumber, type Locale } from '../../format/money';
import type { Messages } from '../../i18n/en';

/** Names in a sentence, joined the way the language joins them. */
const names = (items: readonly string[], lang: Locale) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);

export function legMethod(leg: Leg, mode: PlannerMode, t: Messages, lang: Locale, linkName: (id: string) => string): string {
  const n = t.networks;
  if (leg.basis === 'network' && leg.via) {
    const { via } = leg;
    const km = formatNumber(via.networkKm, lang, 1);
    return via.network === 'rail'
      ? n.viaRail(via.from.name, via.to.name, km, names(via.names, lang))
      : n.viaRoad(n.exitName(via.from.ref ?? '', via.from.name), n.exitName(via.to.ref ?? '', via.to.name), km, names(via.names, lang));
  }
  if (leg.basis === 'plan-link' && leg.linkId) return n.viaPlanLink(linkName(leg.linkId));
  const m = MODE_ASSUMPTIONS[mode];
  return n.viaEstimate(formatNumber(m.detour, lang, 1), m.speedKmh) + (leg.linkId ? n.schematicLink(linkName(leg.linkId)) : '');
}
