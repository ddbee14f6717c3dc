// Display names for the data's enumerations (English; the i18n issue moves these into a catalogue).
import type { LinkMode, LinkStatus, SiteKind } from '../data/schema';

export const KIND_LABELS: Record<SiteKind, string> = {
  'top-location': 'Top work location',
  'creative-breeding-ground': 'Creative breeding ground',
  quay: 'Quay and container terminal',
  facility: 'Facility',
};

export const KIND_PLURALS: Record<SiteKind, string> = {
  'top-location': 'Top work locations',
  'creative-breeding-ground': 'Creative breeding grounds',
  quay: 'Quay',
  facility: 'Facilities',
};

export const MODE_LABELS: Record<LinkMode, string> = {
  road: 'Road',
  maas: 'Mobility as a Service',
  bike: 'Bike',
  'public-transport': 'Public transport',
  rail: 'Rail',
  water: 'Water',
  'autonomous-cargo': 'Autonomous cargo',
  drone: 'Drone',
};

export const STATUS_LABELS: Record<LinkStatus, string> = {
  existing: 'Existing',
  pilot: 'Pilot',
  planned: 'Planned',
  proposed: 'Proposed',
};
