import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/** The Content Security Policy of the built app (dev keeps Vite's inline helpers working without it). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://service.pdok.nl",
  "font-src 'self' data:",
  "connect-src 'self' https://service.pdok.nl https://tiles.openfreemap.org https://api.pdok.nl",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Starts the downloads the app makes at start with the page, instead of after the code has run. */
function preloadData(): Plugin {
  return {
    name: 'twente-atlas-preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        // The data, and the bold label font the map downloads once its first site labels are laid out (the
        // regular weight labels only the offline basemap and the planner: preloaded, Chromium reported it
        // unused on most starts, while it took a connection from the code).
        const files = Object.values(context.bundle ?? {})
          .filter((chunk) => chunk.type === 'asset' && (/\.(geo)?json$/.test(chunk.fileName) || /noto-sans-latin-700-normal.*\.woff2$/.test(chunk.fileName)))
          .map((chunk) => chunk.fileName)
          .sort();
        const links = files.map((file) => `    <link rel="preload" href="/${file}" as="fetch" crossorigin />`).join('\n');
        return html.replace('</head>', `${links}\n  </head>`);
      },
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'twente-atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/** The service worker (src/serviceWorker/sw.js) with the list of built files and their revisions. */
const serviceWorker = () =>
  VitePWA({
    strategies: 'injectManifest',
    srcDir: 'serviceWorker',
    filename: 'sw.js',
    injectRegister: false,
    manifest: false,
    injectManifest: {
      globPatterns: ['**/*.{html,js,mjs,css,json,geojson,woff2,woff,png,svg,pmtiles}'],
      // The README's screenshots and the basemap build's stamp are not part of the app.
      // (The bench's stress build leaves its data out: 100,000 sites are far over any cache's budget.)
      globIgnores: ['docs/**', 'basemap/*.stamp.json', ...(process.env.ATLAS_DATA_DIR ? ['**/*.geojson'] : [])],
      maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    },
  });

// index.html lives in src/ so the top level stays as the product card lists it.
/** The bench's stress build swaps the data folder (ATLAS_DATA_DIR) and keeps every code path the same. */
const dataDir = process.env.ATLAS_DATA_DIR;

export default defineConfig({
  root: 'src',
  resolve: dataDir ? { alias: [{ find: /^(?:\.\.\/)+data\/([\w.-]+\.(?:geo)?json\?(?:raw|url))$/, replacement: `${dataDir}/$1` }] } : undefined,
  publicDir: '../public',
  plugins: [react(), serviceWorker(), contentSecurityPolicy(), preloadData()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // Data files stay files (never data: URIs, which the CSP's connect-src does not allow).
    assetsInlineLimit: (file) => (/\.(geo)?json$/.test(file) ? false : undefined),
    // MapLibre in a chunk of its own, so the size budget can weigh the app shell apart from the map engine.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { fs: { allow: [projectRoot] } },
  test: {
    root: projectRoot,
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
  },
});
