// The text MapLibre writes into the map's own controls (zoom buttons, the sources' toggle, the canvas's label,
// the two-finger hint on touch screens), in each interface language, in MapLibre's own keys.
import type { UiLang } from './languages';

/** The keys of MapLibre's interface text that the atlas translates (its `locale` option patches its English). */
type MapUiKey =
  | 'Map.Title'
  | 'NavigationControl.ZoomIn'
  | 'NavigationControl.ZoomOut'
  | 'NavigationControl.ResetBearing'
  | 'AttributionControl.ToggleAttribution'
  | 'AttributionControl.MapFeedback'
  | 'CooperativeGesturesHandler.WindowsHelpText'
  | 'CooperativeGesturesHandler.MacHelpText'
  | 'CooperativeGesturesHandler.MobileHelpText';

export type MapUiStrings = Record<MapUiKey, string>;

export const MAP_UI_STRINGS: Record<UiLang, MapUiStrings> = {
  en: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Turn the map to the north',
    'AttributionControl.ToggleAttribution': 'Show or hide the sources',
    'AttributionControl.MapFeedback': 'Map feedback',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
  nl: {
    'Map.Title': 'Kaart',
    'NavigationControl.ZoomIn': 'Inzoomen',
    'NavigationControl.ZoomOut': 'Uitzoomen',
    'NavigationControl.ResetBearing': 'Kaart naar het noorden draaien',
    'AttributionControl.ToggleAttribution': 'Bronnen tonen of verbergen',
    'AttributionControl.MapFeedback': 'Feedback over de kaart',
    'CooperativeGesturesHandler.WindowsHelpText': 'Gebruik Ctrl + scrollen om in of uit te zoomen',
    'CooperativeGesturesHandler.MacHelpText': 'Gebruik ⌘ + scrollen om in of uit te zoomen',
    'CooperativeGesturesHandler.MobileHelpText': 'Gebruik twee vingers om de kaart te verschuiven',
  },
  de: {
    'Map.Title': 'Karte',
    'NavigationControl.ZoomIn': 'Vergrößern',
    'NavigationControl.ZoomOut': 'Verkleinern',
    'NavigationControl.ResetBearing': 'Karte nach Norden ausrichten',
    'AttributionControl.ToggleAttribution': 'Quellen ein- oder ausblenden',
    'AttributionControl.MapFeedback': 'Feedback zur Karte',
    'CooperativeGesturesHandler.WindowsHelpText': 'Strg + Scrollen zoomt die Karte',
    'CooperativeGesturesHandler.MacHelpText': '⌘ + Scrollen zoomt die Karte',
    'CooperativeGesturesHandler.MobileHelpText': 'Mit zwei Fingern verschieben Sie die Karte',
  },
};
