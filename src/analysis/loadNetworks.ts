// Fetches the network file once per page. A build without it (no geodata when the basemap was built) is
// not an error: the analysis says so and keeps to its estimates.
import { networksFrom, type Networks } from './existingNetworks';
import { NETWORK_FILE_PATH, NetworkFileError, parseNetworkFile } from './networkFile';

export type NetworkState = { status: 'loading' } | { status: 'ready'; networks: Networks } | { status: 'missing' } | { status: 'error'; problem: string };

export async function loadNetworks(fetcher: typeof fetch = fetch, base = import.meta.env.BASE_URL): Promise<NetworkState> {
  let response: Response;
  try {
    response = await fetcher(`${base.replace(/\/$/, '')}${NETWORK_FILE_PATH}`);
  } catch {
    return { status: 'missing' };
  }
  // The dev server and some hosts answer a missing file with the app's index page.
  if (response.status === 404 || !(response.headers.get('content-type') ?? '').includes('json')) return { status: 'missing' };
  if (!response.ok) return { status: 'error', problem: `HTTP ${response.status}` };
  try {
    return { status: 'ready', networks: networksFrom(parseNetworkFile(await response.json())) };
  } catch (error) {
    return { status: 'error', problem: error instanceof NetworkFileError ? error.problems.join('; ') : `${NETWORK_FILE_PATH}: not valid JSON` };
  }
}

let shared: Promise<NetworkState> | undefined;

/** The page's one load of the network file. */
export const sharedNetworks = () => (shared ??= loadNetworks());
