import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// index.html lives in src/ so the top level stays as the product card lists it.
export default defineConfig({
  root: 'src',
  publicDir: '../public',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { fs: { allow: [projectRoot] } },
  test: {
    root: projectRoot,
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['test/unit/setup.ts'],
  },
});
