// Stand-ins for what the interface's build-time render must not load (scripts/prerender/staticInterface.mjs):
// MapLibre and PMTiles touch the browser when loaded, and the render draws no map; the data digests are the
// browser's business. Module-level calls find no-ops here.
const noop = () => undefined;
class Inert {}
export const setWorkerUrl = noop;
export const prewarm = noop;
export const addProtocol = noop;
export const Map = Inert;
export const NavigationControl = Inert;
export const ScaleControl = Inert;
export const AttributionControl = Inert;
export const Marker = Inert;
export const Popup = Inert;
export const LngLat = Inert;
export const LngLatBounds = Inert;
export const Protocol = Inert;
export const PMTiles = Inert;
export default {};
