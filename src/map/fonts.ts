// Label fonts ship with the app (Noto Sans, SIL OFL 1.1, from @fontsource) so no glyph server is needed.
import type { FontFacesSpecification } from 'maplibre-gl';
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';

export const LABEL_FONT = 'Noto Sans';
export const LABEL_FONT_BOLD = 'Noto Sans Bold';

const absolute = (url: string) => new URL(url, document.baseURI).href;
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122'];

export function labelFontFaces(): FontFacesSpecification {
  return {
    [LABEL_FONT]: [{ url: absolute(regularUrl), 'unicode-range': LATIN }],
    [LABEL_FONT_BOLD]: [{ url: absolute(boldUrl), 'unicode-range': LATIN }],
  };
}
