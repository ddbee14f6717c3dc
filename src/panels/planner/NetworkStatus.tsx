import type { NetworkState } from '../../analysis/loadNetworks';
import { useT } from '../../i18n/useT';

/** Says where the existing networks come from, or why the figures are estimates without them. */
export function NetworkStatus({ state }: { state: NetworkState }) {
  const t = useT();
  if (state.status === 'loading')
    return (
      <p className="note" role="status">
        {t.networks.loading}
      </p>
    );
  if (state.status === 'missing')
    return (
      <p className="note note--warning" data-testid="networks-missing">
        {t.networks.missing}
      </p>
    );
  if (state.status === 'error')
    return (
      <p className="note note--warning" role="alert">
        {t.networks.error(state.problem)}
      </p>
    );
  const { file } = state.networks;
  return <p className="note muted">{t.networks.credit([...new Set([file.rail.credit, file.road.credit, file.water.credit])].join('; '))}</p>;
}
