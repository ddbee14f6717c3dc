// The existing networks for analysis, as `npm run basemap` writes them (public/basemap/networks.json, not
// committed): rail track with its stations, the motorway and main-road corridor with its exits, and the
// waterways with their harbours and the quay's terminal. Nodes are positions; edges are stretches between
// junctions or named points, with their length along the line.
import { z } from '../data/zod';

export const NETWORK_FILE_PATH = '/basemap/networks.json';
export const NETWORK_FILE_NAME = 'networks.json';

/** What a stretch is: a road class (for its speed), a canal or river, a lock, or track. */
export const EDGE_KINDS = ['motorway', 'trunk', 'primary', 'link', 'canal', 'lock', 'track'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const index = z.number().int().nonnegative();
/** [from node, to node, km along the line, kind, name or route number]. */
const edge = z.tuple([index, index, z.number().nonnegative(), z.enum(EDGE_KINDS), z.string()]);
const named = z.object({ name: z.string().min(1), node: index });

const network = z.object({
  /** Who the lines are from, as the attribution credits them. */
  credit: z.string().min(1),
  nodes: z.array(lonLat),
  edges: z.array(edge),
});

export const networkFileSchema = z
  .object({
    version: z.literal(1),
    rail: network.extend({ stations: z.array(named.extend({ intercity: z.boolean() })) }),
    road: network.extend({ exits: z.array(named.extend({ ref: z.string() })) }),
    water: network.extend({ places: z.array(named.extend({ kind: z.enum(['terminal', 'harbour', 'end']), town: z.string() })) }),
  })
  .superRefine((file, ctx) => {
    for (const name of ['rail', 'road', 'water'] as const) {
      const net = file[name];
      const nodes = net.nodes.length;
      net.edges.forEach((e, i) => {
        for (const end of [0, 1] as const) if (e[end] >= nodes) ctx.addIssue({ code: 'custom', path: [name, 'edges', i, end], message: `expected a node index below ${nodes}` });
      });
      const points = name === 'rail' ? file.rail.stations : name === 'road' ? file.road.exits : file.water.places;
      const key = name === 'rail' ? 'stations' : name === 'road' ? 'exits' : 'places';
      points.forEach((p, i) => {
        if (p.node >= nodes) ctx.addIssue({ code: 'custom', path: [name, key, i, 'node'], message: `expected a node index below ${nodes}` });
      });
    }
  });

export type NetworkFile = z.infer<typeof networkFileSchema>;
export type NetworkName = 'rail' | 'road' | 'water';
export type NetworkEdge = NetworkFile['rail']['edges'][number];

export class NetworkFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'NetworkFileError';
  }
}

/** Checks a parsed file; a failure names the file, the record and what was expected. */
export function parseNetworkFile(raw: unknown): NetworkFile {
  const result = networkFileSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new NetworkFileError(result.error.issues.slice(0, 5).map((issue) => `${NETWORK_FILE_NAME}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`));
}
