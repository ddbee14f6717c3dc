// Display names for the data's enumerations (English; the i18n issue moves these into a catalogue).
import type { FunderKey, LinkMode, LinkStatus, PartnerType, SiteKind } from '../data/schema';

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


export const FUNDER_LABELS: Record<FunderKey, string> = {
  private: 'Private',
  education: 'Education',
  municipality: 'Municipalities',
  province: 'Province',
  otherPublic: 'Other public',
  national: 'National government',
};

export const FUNDER_COLORS: Record<FunderKey, string> = {
  private: '#5c7cfa',
  education: '#20c997',
  municipality: '#fab005',
  province: '#e8590c',
  otherPublic: '#ae3ec9',
  national: '#495057',
};

export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
  company: 'Companies',
  knowledge: 'Knowledge institutions',
  education: 'Education',
  government: 'Government',
  network: 'Network organisations',
  finance: 'Finance',
  culture: 'Culture',
  health: 'Health',
};

export const REGION_LABELS = { twente: 'Twente', 'west-overijssel': 'West-Overijssel' } as const;

export const PROGRAMME_LABELS: Record<string, string> = {
  'regio-deal-twente': 'Regio Deal Twente',
  'regio-deal-twente-ii': 'Regio Deal Twente II',
  'provincie-overijssel': 'Province of Overijssel',
  'netwerkstad-twente': 'Netwerkstad Twente',
  'twente-board': 'Twente Board',
};
