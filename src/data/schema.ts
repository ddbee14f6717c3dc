// Zod schemas for every file in data/. The app, the tests and `npm run data:check` all parse through these.
import { z } from 'zod';

export const SEED_FILES = [
  '000_503dbaa95093a825.txt',
  '001_5cdf79aa927f76dd.txt',
  '002_a3a0aeb9e6c1e11b.txt',
  '003_5076ef9b016cfa6f.txt',
  '004_d0e0fcae47b3eb4d.txt',
] as const;

export const SITE_KINDS = ['top-location', 'creative-breeding-ground', 'quay', 'facility'] as const;
export const REGIONS = ['twente', 'west-overijssel'] as const;
export const ACCURACIES = ['surveyed', 'approximate'] as const;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase kebab-case id (a-z, 0-9, -)');

export const bilingualSchema = z.object({
  nl: z.string().min(1, 'non-empty Dutch text'),
  en: z.string().min(1, 'non-empty English text'),
});

export const sourceRefSchema = z
  .object({
    doc: z.enum(SEED_FILES),
    section: z.string().min(1),
    row: z.string().min(1).optional(),
  })
  .strict();

// Overijssel and its immediate surroundings; anything outside is a typo in a coordinate.
export const AREA_BOUNDS = { west: 5.6, south: 51.9, east: 7.3, north: 52.9 } as const;

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
export const positionSchema = z.tuple([lon, lat]);

export const sitePropertiesSchema = z
  .object({
    id: idSchema,
    name: bilingualSchema,
    kind: z.enum(SITE_KINDS),
    region: z.enum(REGIONS),
    municipality: z.string().min(1),
    address: z.string().min(1).optional(),
    accuracy: z.enum(ACCURACIES),
    sectors: z.array(z.string().min(1)),
    website: z.url().optional(),
    parentSiteId: idSchema.optional(),
    summary: bilingualSchema,
    sources: z.array(sourceRefSchema).min(1, 'at least one source reference'),
  })
  .strict();

export const siteFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: sitePropertiesSchema,
  geometry: z.object({ type: z.literal('Point'), coordinates: positionSchema }),
});

export const siteCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(siteFeatureSchema),
});

export type Bilingual = z.infer<typeof bilingualSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type SiteKind = (typeof SITE_KINDS)[number];
export type SiteProperties = z.infer<typeof sitePropertiesSchema>;
export type SiteFeature = z.infer<typeof siteFeatureSchema>;
export type SiteCollection = z.infer<typeof siteCollectionSchema>;
