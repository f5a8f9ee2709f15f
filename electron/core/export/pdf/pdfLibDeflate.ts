import zlib from 'node:zlib';

/**
 * What pdf-lib asks of pako (its only use: `pako.deflate` for every page's
 * content and every embedded font), done by Node's own zlib, several times
 * faster than pako's JavaScript. Every Node bundle that exports (the app's
 * main process, the web host, the command line) puts this in pako's place
 * for pdf-lib only (scripts/node-bundles.mjs); the streams are the same
 * Flate data, decoded by every reader alike.
 */
function deflate(data: Uint8Array): Uint8Array {
  const deflated = zlib.deflateSync(data);
  return new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength);
}

export default { deflate };
