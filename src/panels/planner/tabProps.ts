import type { LinkIndex, Place } from '../../analysis/connections';
import type { NetworkState } from '../../analysis/loadNetworks';

/** What every planner tab works on: the places, the plan's links, the existing networks. */
export interface PlannerTabProps {
  places: Place[];
  links: LinkIndex;
  networks: NetworkState;
  linkName: (id: string) => string;
}
