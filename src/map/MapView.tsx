// Thin host for the map: puts the map on the page and shows its loading / error state.
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import type { AtlasMapHandle, MapStatus } from './atlasMap';

export const MapView = memo(function MapView({ map }: { map: AtlasMapHandle }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<MapStatus>({ state: 'loading' });

  useEffect(() => map.watchStatus(setStatus), [map]);
  // Before the browser paints, so the map is made at the size it is shown.
  useLayoutEffect(() => (container.current ? map.mount(container.current) : undefined), [map]);

  return (
    <div className="map-area">
      <div ref={container} className="map-canvas" data-testid="map" aria-label={t.map.region} role="region" />
      {status.state === 'loading' && (
        <div className="map-status" role="status">
          {t.map.loading}
        </div>
      )}
      {status.state === 'error' && (
        <div className="map-status map-status--error" role="alert">
          {t.map.error(status.message)}
        </div>
      )}
    </div>
  );
});
