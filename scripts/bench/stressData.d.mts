import type { FeatureCollection } from 'geojson';

export function stressCollections<S extends FeatureCollection, L extends FeatureCollection>(sites: S, links: L, counts: { sites: number; links: number; seed?: number }): { sites: S; links: L };

export function writeStressData(options: { from: string; to: string; sites: number; links: number; seed?: number }): { sites: number; links: number };
