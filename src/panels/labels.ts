// Colours for the funders (names are in the i18n catalogues).
import type { FunderKey } from '../data/schema';

export const FUNDER_COLORS: Record<FunderKey, string> = {
  private: '#5c7cfa',
  education: '#20c997',
  municipality: '#fab005',
  province: '#e8590c',
  otherPublic: '#ae3ec9',
  national: '#495057',
};
