import Module from 'node:module';

/**
 * Loads ProseMirror's ES module builds, as the app does. Benchmarks run
 * through tsx as CommonJS, which would otherwise load each package's
 * CommonJS build: there every class extending another is constructed through
 * Babel's `_callSuper` helper, which makes creating text nodes about 40×
 * slower, so an import or a check timed here would be far slower than in
 * the app (the renderer and the bundled import worker use the ES builds).
 * Import this first in a benchmark.
 */

interface Resolver {
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
}

const resolver = Module as unknown as Resolver;
const resolveCommonJs = resolver._resolveFilename.bind(Module);
resolver._resolveFilename = (request, parent, isMain, options) => {
  const resolved = resolveCommonJs(request, parent, isMain, options);
  return /^prosemirror-[a-z-]+$/.test(request) ? resolved.replace(/index\.cjs$/, 'index.js') : resolved;
};
