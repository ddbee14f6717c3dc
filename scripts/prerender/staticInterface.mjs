// The build renders the interface's first view into index.html, once per language, as <template>s
// (src/prerender/renderInterface.tsx): the page shows the one for its reader while the map loads, and React
// takes it over afterwards (src/startup/). The render runs the app's own modules through a Vite SSR server,
// with the map engine stubbed (stubs.mjs), over the same data files the build checked.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const STUBS = fileURLToPath(new URL('./stubs.mjs', import.meta.url));

/** `<template>` elements with the interface in each language, for index.html's body. */
export async function renderStaticInterfaces({ srcDir, dataDir }) {
  const server = await createServer({
    configFile: false,
    root: srcDir,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: {
      alias: [
        { find: /^maplibre-gl(\/.*)?$/, replacement: STUBS },
        { find: /^pmtiles$/, replacement: STUBS },
        { find: /^virtual:atlas-data-digests$/, replacement: STUBS },
      ],
    },
  });
  try {
    const load = (path) => server.ssrLoadModule(join(srcDir, path));
    const [{ renderStaticInterface }, { parseAtlasData }, { DATA_FILES }, { loadMessages }, { UI_LANGS }, { staticInterfaceId }] = await Promise.all(
      ['prerender/renderInterface.tsx', 'data/atlasData.ts', 'data/files.ts', 'i18n/messages.ts', 'i18n/languages.ts', 'startup/staticInterface.ts'].map(load),
    );
    const data = parseAtlasData(Object.fromEntries(DATA_FILES.map((file) => [file, readFileSync(join(dataDir, basename(file)), 'utf8')])));
    const templates = [];
    for (const lang of UI_LANGS) {
      await loadMessages(lang);
      templates.push(`<template id="${staticInterfaceId(lang)}">${renderStaticInterface(data, { lang })}</template>`);
    }
    return templates.join('\n');
  } finally {
    await server.close();
  }
}

/** The Vite plugin: builds only (the dev server renders the interface in the browser, as before). */
export function staticInterface({ srcDir, dataDir }) {
  return {
    name: 'twente-atlas-static-interface',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        const templates = await renderStaticInterfaces({ srcDir, dataDir });
        return html.replace('</body>', `${templates}\n  </body>`);
      },
    },
  };
}
