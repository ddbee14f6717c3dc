// The map's own controls in the interface's language: MapLibre reads its interface text once, when it makes each
// control, so a language chosen later is written into the controls it has made (their labels and the touch hint).
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { UiLang } from '../i18n/languages';
import { MAP_UI_STRINGS, type MapUiStrings } from '../i18n/mapUiStrings';

/** For the map's `locale` option: its interface text in `lang` from the start. */
export const mapUiLocale = (lang: UiLang): MapUiStrings => ({ ...MAP_UI_STRINGS[lang] });

/** The elements MapLibre labels (its class names, part of its CSS interface) and the text each carries. */
const LABELLED: ReadonlyArray<[selector: string, key: keyof MapUiStrings]> = [
  ['.maplibregl-canvas', 'Map.Title'],
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];
/** The touch screens' hint, and the desktop's (MapLibre's own choice: ⌘ where the user agent names a Mac). */
const hints = (): ReadonlyArray<[selector: string, key: keyof MapUiStrings]> => [
  ['.maplibregl-mobile-message', 'CooperativeGesturesHandler.MobileHelpText'],
  ['.maplibregl-desktop-message', navigator.userAgent.includes('Mac') ? 'CooperativeGesturesHandler.MacHelpText' : 'CooperativeGesturesHandler.WindowsHelpText'],
];

/** Rewrites the map's interface text in `lang`. */
export function relabelMapUi(map: Pick<MaplibreMap, 'getContainer'>, lang: UiLang): void {
  const strings = MAP_UI_STRINGS[lang];
  const container = map.getContainer();
  for (const [selector, key] of LABELLED) {
    for (const element of container.querySelectorAll(selector)) {
      element.setAttribute('aria-label', strings[key]);
      // The canvas has no tooltip of its own; the buttons show theirs.
      if (element.hasAttribute('title')) element.setAttribute('title', strings[key]);
    }
  }
  for (const [selector, key] of hints()) for (const element of container.querySelectorAll(selector)) element.textContent = strings[key];
}
