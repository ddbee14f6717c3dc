// The data's closed word lists and the atlas area: plain values, apart from the schemas that check the files
// against them (schema.ts, which brings zod). Code that only needs the words (the link reader, layers, panels)
// imports them from here, so the schema checker stays out of the start-up code (src/data/loadData.ts).

/** The five source documents in seeds/ every figure is traced to. */
export const SEED_FILES = ['000_503dbaa95093a825.txt', '001_5cdf79aa927f76dd.txt', '002_a3a0aeb9e6c1e11b.txt', '003_5076ef9b016cfa6f.txt', '004_d0e0fcae47b3eb4d.txt'] as const;

export const SITE_KINDS = ['top-location', 'creative-breeding-ground', 'quay', 'facility'] as const;
export const REGIONS = ['twente', 'west-overijssel'] as const;
/** How a site's position is known: surveyed, inside a real outline, approximate, or only the town. */
export const ACCURACIES = ['surveyed', 'outline', 'approximate', 'town'] as const;

/** Overijssel and its surroundings up to Münster (the corridor's far end): a position outside is a typo. */
export const AREA_BOUNDS = { west: 5.6, south: 51.85, east: 7.7, north: 52.9 } as const;

export const PARTNER_TYPES = ['company', 'knowledge', 'education', 'government', 'network', 'finance', 'culture', 'health'] as const;

/** The funder columns of the seeds' budget tables, in their order. */
export const FUNDER_KEYS = ['private', 'education', 'municipality', 'province', 'otherPublic', 'national'] as const;

export const THEME_IDS = ['techniek-als-motor', 'arbeidsmarkt-talent', 'bereikbaarheid-vestigingsklimaat', 'circulaire-economie-duurzaamheid'] as const;
export const PROGRAMME_IDS = ['regio-deal-twente', 'regio-deal-twente-ii', 'provincie-overijssel', 'netwerkstad-twente', 'twente-board'] as const;
export const FIGURE_UNITS = ['EUR', 'count', 'persons', 'm2', 'km', 'percent', 'tonnes', 'kg', 'years', 'Mt-co2'] as const;
export const FIGURE_QUALIFIERS = ['more-than', 'at-least', 'about', 'up-to', 'less-than'] as const;

export const LINK_MODES = ['road', 'maas', 'bike', 'public-transport', 'rail', 'water', 'autonomous-cargo', 'drone'] as const;
export const LINK_STATUSES = ['existing', 'pilot', 'planned', 'proposed'] as const;

export type SiteKind = (typeof SITE_KINDS)[number];
export type LinkMode = (typeof LINK_MODES)[number];
export type LinkStatus = (typeof LINK_STATUSES)[number];
export type PartnerType = (typeof PARTNER_TYPES)[number];
export type FunderKey = (typeof FUNDER_KEYS)[number];

/** Twente's four top work locations, the planner's default set of sites to study. */
export const TWENTE_TOP_LOCATIONS = ['kennispark-twente', 'high-tech-systems-park', 'technology-base-twente', 'xl-businesspark'] as const;
/** The XL-Park quay on the Twentekanaal's Almelo branch. */
export const QUAY_SITE_ID = 'xl-park-quay';

/** The existing networks the offline basemap draws as layers of their own, each shown or hidden in the legend. */
export const EXISTING_NETWORKS = ['railways', 'roads', 'waterways'] as const;
export type ExistingNetwork = (typeof EXISTING_NETWORKS)[number];
