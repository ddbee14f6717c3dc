import { useEffect, useState } from 'react';
import { sharedNetworks, type NetworkState } from '../../analysis/loadNetworks';

/** The existing networks for analysis, loaded on first use. */
export function useNetworks(): NetworkState {
  const [state, setState] = useState<NetworkState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void sharedNetworks().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
