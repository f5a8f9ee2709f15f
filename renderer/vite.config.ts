import { defineConfig } from 'vite';

/**
 * The renderer is a static bundle loaded by Electron from disk and by the
 * web host over HTTP, so every asset path is relative (`base: './'`). JSX is
 * compiled by esbuild directly; the React plugin's fast refresh is not needed.
 * Paths are relative to the project root, where npm runs its scripts. This
 * file runs in Node, so it is type-checked with the tests' tsconfig, not the
 * renderer's browser-only one.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
  },
});
