// The page's frame (index.html, app.css) shown until the map draws: its map area has the map's own colour.
// (That the map starts in the frame at its final size is checked end to end, test/e2e/map.spec.ts.)
import { describe, expect, it } from 'vitest';
import { BACKGROUND_COLOR } from '../../src/map/baseStyle';
import { readText } from './fixtures';

describe('the page frame', () => {
  it('gives the map area the map’s background colour', () => {
    const rule = /\.map-area \{([^}]*)\}/.exec(readText('src/app.css'))?.[1] ?? '';
    expect(rule).toContain(`background: ${BACKGROUND_COLOR};`);
  });
});
