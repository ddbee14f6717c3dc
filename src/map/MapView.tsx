// Thin host for the map: gives the map owner a container and shows its loading / error state.
import { useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { AtlasStore } from '../state/store';
import { createAtlasMap, type MapStatus } from './atlasMap';
import type { Lang } from './sources';

interface Props {
  store: AtlasStore;
  data: AtlasData;
  lang: Lang;
}

export function MapView({ store, data, lang }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<MapStatus>({ state: 'loading' });

  useEffect(() => {
    if (!container.current) return undefined;
    try {
      return createAtlasMap({ container: container.current, store, data, lang, onStatus: setStatus });
    } catch (error) {
      setStatus({ state: 'error', message: (error as Error).message });
      return undefined;
    }
  }, [store, data, lang]);

  return (
    <div className="map-area">
      <div ref={container} className="map-canvas" data-testid="map" aria-label="Map of Twente" role="region" />
      {status.state === 'loading' && (
        <div className="map-status" role="status">
          Loading the map…
        </div>
      )}
      {status.state === 'error' && (
        <div className="map-status map-status--error" role="alert">
          The map cannot be shown in this browser ({status.message}). The lists and panels still work.
        </div>
      )}
    </div>
  );
}
