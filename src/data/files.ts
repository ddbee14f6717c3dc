// The data files by their path in the repository: how problems name them, and the order they load in.
export const SITES_FILE = 'data/sites.geojson';
export const LINKS_FILE = 'data/links.geojson';
export const OUTLINES_FILE = 'data/site-outlines.geojson';
export const PROJECTS_FILE = 'data/projects.json';
export const PARTNERS_FILE = 'data/partners.json';
export const TOURS_FILE = 'data/tours.json';

export const DATA_FILES = [SITES_FILE, LINKS_FILE, OUTLINES_FILE, PROJECTS_FILE, PARTNERS_FILE, TOURS_FILE] as const;
export type DataFile = (typeof DATA_FILES)[number];
