// Stand-ins for what the interface's build-time render must not load (scripts/prerender/staticInterface.mjs):
// MapLibre and PMTiles touch the browser when loaded, and the render draws no map; the data digests are the
// browser's business. Module-level calls find no-ops here.
const noop = () => undefined;
class Inert {}
export const setWorkerUrl = noop, prewarm = noop, addProtocol = noop;
export const Map = Inert, NavigationControl = Inert, ScaleControl = Inert, AttributionControl = Inert, Marker = Inert, Popup = Inert;
export const LngLat = Inert, LngLatBounds = Inert, Protocol = Inert, PMTiles = Inert;
export default {};
