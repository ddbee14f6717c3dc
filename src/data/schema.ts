// Zod schemas for every file in data/ (their word lists are in vocabulary.ts). The build, the tests, `npm run
// data:check` and the app, for a file the build did not check (src/data/loadData.ts), all parse through these.
import { z } from './zod';
import {
  ACCURACIES,
  FIGURE_QUALIFIERS,
  FIGURE_UNITS,
  FUNDER_KEYS,
  LINK_MODES,
  LINK_STATUSES,
  PARTNER_TYPES,
  PROGRAMME_IDS,
  REGIONS,
  SEED_FILES,
  SITE_KINDS,
  THEME_IDS,
  type FunderKey,
} from './vocabulary';

export type { FunderKey, LinkMode, LinkStatus, PartnerType, SiteKind } from './vocabulary';

/** A web address the interface may link to: http or https only, never javascript:, data: or the like. */
export const webAddressSchema = z.url({ protocol: /^https?$/, error: 'an http:// or https:// web address' });

export const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase kebab-case id (a-z, 0-9, -)');

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

/** Where a position or an outline comes from, for a reader and for the licence's attribution. */
export const geometrySourceSchema = z.object({ source: z.string().min(1), licence: z.string().min(1), attribution: z.string().min(1).optional() }).strict();

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
    /** Required for a surveyed position or one inside a real outline. */
    geometrySource: geometrySourceSchema.optional(),
    /** Radius (m) of the area the site lies in, shown as a dashed ring: required for approximate and town positions. */
    uncertaintyM: z.number().int().positive().optional(),
    sectors: z.array(bilingualSchema),
    website: webAddressSchema.optional(),
    parentSiteId: idSchema.optional(),
    partnerIds: z.array(idSchema).optional(),
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

// ---- partners -------------------------------------------------------------------------------

export const partnerSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    type: z.enum(PARTNER_TYPES),
    aliases: z.array(z.string().min(1)).optional(),
    summary: bilingualSchema.optional(),
    website: webAddressSchema.optional(),
    sources: z.array(sourceRefSchema).min(1, 'at least one source reference'),
  })
  .strict();

export const partnersFileSchema = z.object({ partners: z.array(partnerSchema) }).strict();

// ---- money and budgets --------------------------------------------------------------------------

export const moneySchema = z.number().int('whole euros (an integer)').nonnegative('a non-negative amount of euros');

/** Amounts by funder as the seed states them; a funder the row leaves blank is absent, a dash is 0. */
export const amountsSchema = z.object(Object.fromEntries(FUNDER_KEYS.map((key) => [key, moneySchema.optional()])) as Record<FunderKey, z.ZodOptional<typeof moneySchema>>).strict();

export const budgetLineSchema = z
  .object({
    row: z.string().min(1),
    label: bilingualSchema,
    siteId: idSchema.optional(),
    total: moneySchema,
    amounts: amountsSchema,
    /** The seed gives the total but does not split it by funder (so the row is not summed). */
    unsplit: z.literal(true).optional(),
    note: bilingualSchema.optional(),
  })
  .strict();

export const budgetTableSchema = z
  .object({
    id: idSchema,
    title: bilingualSchema,
    columns: z.array(z.enum(FUNDER_KEYS)),
    lines: z.array(budgetLineSchema),
    stated: z.object({ total: moneySchema, amounts: amountsSchema }).strict(),
    notes: z.array(bilingualSchema).optional(),
    sources: z.array(sourceRefSchema).min(1, 'at least one source reference'),
  })
  .strict();

// ---- projects -----------------------------------------------------------------------------------

const year = z.number().int().min(2000).max(2060);

export const milestoneSchema = z
  .object({
    year,
    yearEnd: year.optional(),
    label: bilingualSchema,
    siteId: idSchema.optional(),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();

export const keyFigureSchema = z
  .object({
    id: idSchema,
    label: bilingualSchema,
    value: z.number().nonnegative(),
    valueMax: z.number().nonnegative().optional(),
    /** As the source words it: "more than 20" is not "20". */
    qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
    unit: z.enum(FIGURE_UNITS),
    /** The year the figure is about (the document's year where the text gives none). */
    year,
    siteId: idSchema.optional(),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();

/** A named part of a project; `siteId` places it on the map where the source gives a place. */
export const subProjectSchema = z
  .object({
    id: idSchema,
    name: bilingualSchema,
    group: bilingualSchema.optional(),
    summary: bilingualSchema.optional(),
    siteId: idSchema.optional(),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();

/**
 * A figure in the source's prose checked against the figures it rests on: the atlas shows the stated value,
 * the computed one and the difference (sum of values, share of the first in the second, first minus the rest,
 * or the number of items named).
 */
export const textCheckSchema = z
  .object({
    id: idSchema,
    label: bilingualSchema,
    unit: z.enum(['EUR', 'percent', 'count']),
    stated: z.number(),
    computed: z.discriminatedUnion('op', [
      z.object({ op: z.enum(['sum', 'share', 'difference']), values: z.array(z.number()).min(1) }).strict(),
      z.object({ op: z.literal('count'), items: z.array(z.string().min(1)).min(1) }).strict(),
    ]),
    explanation: bilingualSchema,
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();

/** An organisation a project asks to approve or grant something: not a partner in it. */
export const authoritySchema = z.object({ partnerId: idSchema, status: z.enum(['requested', 'granted']), what: bilingualSchema, sources: z.array(sourceRefSchema).min(1) }).strict();

export const projectSchema = z
  .object({
    id: idSchema,
    name: bilingualSchema,
    programme: z.enum(PROGRAMME_IDS),
    theme: z.enum(THEME_IDS).optional(),
    period: z.object({ start: year.optional(), end: year.optional(), durationYears: z.number().positive().optional() }).strict(),
    summary: bilingualSchema,
    siteIds: z.array(idSchema),
    partnerIds: z.array(idSchema),
    partnersNote: bilingualSchema.optional(),
    authorities: z.array(authoritySchema).optional(),
    subProjects: z.array(subProjectSchema).optional(),
    textChecks: z.array(textCheckSchema).optional(),
    budgets: z.array(budgetTableSchema),
    milestones: z.array(milestoneSchema),
    keyFigures: z.array(keyFigureSchema),
    sources: z.array(sourceRefSchema).min(1, 'at least one source reference'),
  })
  .strict();

export const themeSchema = z.object({ id: z.enum(THEME_IDS), name: bilingualSchema, summary: bilingualSchema, sources: z.array(sourceRefSchema).min(1) }).strict();

export const programmeSchema = z.object({ id: z.enum(PROGRAMME_IDS), name: bilingualSchema, summary: bilingualSchema, sources: z.array(sourceRefSchema).min(1) }).strict();

export const projectsFileSchema = z.object({ themes: z.array(themeSchema), programmes: z.array(programmeSchema), projects: z.array(projectSchema) }).strict();

// ---- links and outlines -------------------------------------------------------------------------

export const linkPropertiesSchema = z
  .object({
    id: idSchema,
    name: bilingualSchema,
    mode: z.enum(LINK_MODES),
    status: z.enum(LINK_STATUSES),
    fromSiteId: idSchema.optional(),
    toSiteId: idSchema.optional(),
    endpoints: z.object({ from: z.string().min(1), to: z.string().min(1) }).strict(),
    projectId: idSchema.optional(),
    partnerIds: z.array(idSchema),
    summary: bilingualSchema,
    /** `traced` lines follow real geometry and name it in `geometrySource`. */
    geometry: z.enum(['schematic', 'approximate', 'traced']),
    geometrySource: geometrySourceSchema.optional(),
    sources: z.array(sourceRefSchema).min(1, 'at least one source reference'),
  })
  .strict();

export const linkFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: linkPropertiesSchema,
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(positionSchema).min(2, 'at least two positions') }),
});

export const linkCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(linkFeatureSchema) });

const ringSchema = z.array(positionSchema).min(4, 'a closed ring of at least four positions');

export const outlineFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ id: idSchema, siteId: idSchema, name: bilingualSchema, source: z.string().min(1), licence: z.string().min(1), attribution: z.string().min(1) }).strict(),
  geometry: z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) }),
});

export const outlineCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(outlineFeatureSchema) });

// ---- tours ------------------------------------------------------------------------------------------

export const tourStepSchema = z
  .object({
    id: idSchema,
    title: bilingualSchema,
    caption: bilingualSchema,
    // `shows`: the sites the step is about besides its selection, kept in view where the map has less room.
    camera: z.object({ center: positionSchema, zoom: z.number().min(5).max(18), shows: z.array(idSchema).optional() }).strict(),
    select: z
      .object({ kind: z.enum(['site', 'link', 'project', 'partner']), id: idSchema })
      .strict()
      .optional(),
    panel: z.enum(['programme', 'compare']).optional(),
    layers: z
      .object({ hiddenKinds: z.array(z.enum(SITE_KINDS)), hiddenModes: z.array(z.enum(LINK_MODES)) })
      .strict()
      .optional(),
    sources: z.array(sourceRefSchema).min(1, 'at least one source reference'),
  })
  .strict();

export const tourSchema = z.object({ id: idSchema, title: bilingualSchema, steps: z.array(tourStepSchema).min(1, 'at least one step') }).strict();

export const toursFileSchema = z.object({ tours: z.array(tourSchema).min(1) }).strict();

export type TourStep = z.infer<typeof tourStepSchema>;
export type Tour = z.infer<typeof tourSchema>;

export type Partner = z.infer<typeof partnerSchema>;
export type Amounts = z.infer<typeof amountsSchema>;
export type BudgetLine = z.infer<typeof budgetLineSchema>;
export type BudgetTable = z.infer<typeof budgetTableSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type TextCheck = z.infer<typeof textCheckSchema>;
export type GeometrySource = z.infer<typeof geometrySourceSchema>;
export type Project = z.infer<typeof projectSchema>;
export type ProjectsFile = z.infer<typeof projectsFileSchema>;
export type LinkFeature = z.infer<typeof linkFeatureSchema>;
export type LinkCollection = z.infer<typeof linkCollectionSchema>;
export type OutlineCollection = z.infer<typeof outlineCollectionSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type SiteFeature = z.infer<typeof siteFeatureSchema>;
export type SiteCollection = z.infer<typeof siteCollectionSchema>;
