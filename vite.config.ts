import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/** Emits sw.js with the list of built files to precache, so every build gets a fresh service worker. */
function serviceWorker(): Plugin {
  return {
    name: 'twente-atlas-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map')).sort();
      const version = createHash('sha256').update(files.join('|')).digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./src/serviceWorker/sw.js', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: `const PRECACHE = ${JSON.stringify(files)};\nconst VERSION = '${version}';\n${source}` });
    },
  };
}

// index.html lives in src/ so the top level stays as the product card lists it.
export default defineConfig({
  root: 'src',
  publicDir: '../public',
  plugins: [react(), serviceWorker()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { fs: { allow: [projectRoot] } },
  test: {
    root: projectRoot,
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['test/unit/setup.ts'],
  },
});
