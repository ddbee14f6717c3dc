import type { AtlasData } from '../../data/atlasData';
import type { Selection } from '../../state/selectionSlice';

/** What every record panel receives besides its record. */
export interface PanelProps {
  data: AtlasData;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
}
