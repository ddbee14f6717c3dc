// The state the build renders the static interface from (src/prerender/) and the browser rebuilds when React
// takes that markup over (hydrateInterface.ts): made the same way in both, from the same data files.
import type { AtlasData } from '../data/atlasData';
import type { UiLang } from '../i18n/languages';
import { regionViewFor, TWENTE_REGION } from '../state/regionViews';
import { storeForData } from '../state/store';
import { DEFAULT_MAP_AREA } from '../state/viewSlice';

export interface StaticStart {
  lang: UiLang;
}

export const storeForStaticInterface = (data: AtlasData, { lang }: StaticStart) =>
  storeForData(data, { initialLang: lang, initialView: regionViewFor(TWENTE_REGION, DEFAULT_MAP_AREA), initialMapArea: DEFAULT_MAP_AREA });
