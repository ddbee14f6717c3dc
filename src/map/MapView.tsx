// Thin host for the map: gives the map owner a container and shows its loading / error state.
import { memo, useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { useT } from '../i18n/useT';
import type { AtlasStore } from '../state/store';
import { createAtlasMap, type MapStatus } from './atlasMap';

interface Props {
  store: AtlasStore;
  data: AtlasData;
}

export const MapView = memo(function MapView({ store, data }: Props) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<MapStatus>({ state: 'loading' });

  useEffect(() => {
    if (!container.current) return undefined;
    try {
      return createAtlasMap({ container: container.current, store, data, onStatus: setStatus });
    } catch (error) {
      setStatus({ state: 'error', message: (error as Error).message });
      return undefined;
    }
  }, [store, data]);

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
