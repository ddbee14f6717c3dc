// The build step that writes the interface into index.html (scripts/prerender/staticInterface.mjs): one
// template per language, each the interface's first render over the data folder it is given.
// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderStaticInterfaces } from '../../scripts/prerender/staticInterface.mjs';
import { projectPath } from './fixtures';

const srcDir = projectPath('src');

/** The templates' ids and their skip links' text, in order. */
const summary = (html: string) => [...html.matchAll(/<template id="([^"]+)"><div class="app"><a class="skip-link" href="#sites">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);

describe('the static interface in the build', () => {
  it('renders the interface in Dutch, English and German from the data files', async () => {
    const html = await renderStaticInterfaces({ srcDir, dataDir: projectPath('data') });
    expect(summary(html)).toEqual([
      ['static-interface-nl', 'Naar de lijst met locaties'],
      ['static-interface-en', 'Skip to the sites list'],
      ['static-interface-de', 'Zur Liste der Standorte'],
    ]);
    // The lists from the data, and a place for the map in each.
    expect(html.match(/>Kennispark Twente</g)?.length).toBeGreaterThanOrEqual(3);
    expect(html.match(/<div class="map-canvas" data-testid="map"/g)).toHaveLength(3);
  }, 30_000);

  it('renders the data folder it is given (the bench’s stress data, say)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    cpSync(projectPath('data'), dataDir, { recursive: true });
    const sites = JSON.parse(readFileSync(join(dataDir, 'sites.geojson'), 'utf8'));
    const kennispark = sites.features.find((f: { properties: { id: string } }) => f.properties.id === 'kennispark-twente');
    kennispark.properties.name = { nl: 'Kennispark (proef)', en: 'Kennispark (trial)' };
    writeFileSync(join(dataDir, 'sites.geojson'), JSON.stringify(sites));
    const html = await renderStaticInterfaces({ srcDir, dataDir });
    expect(html).toContain('>Kennispark (trial)<');
    expect(html).toContain('>Kennispark (proef)<');
    expect(html).not.toContain('>Kennispark Twente<');
  }, 30_000);
});
