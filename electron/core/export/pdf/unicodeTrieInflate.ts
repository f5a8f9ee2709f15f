import zlib from 'node:zlib';

/**
 * What tiny-inflate does for the PDF exporter's text packages, done by
 * Node's own zlib. linebreak, fontkit and unicode-properties each keep a
 * Unicode table as DEFLATE data, inflated twice by unicode-trie when the
 * package is first loaded; tiny-inflate's JavaScript made that about 40 ms
 * of every PDF export on the command line. Same contract as tiny-inflate:
 * the raw DEFLATE `source` is written into `dest`, which is returned, cut
 * to the inflated length when that is shorter (unicode-trie reads the
 * returned array's whole buffer, so the bytes must be in a buffer of their
 * own). The command line's bundle puts this in tiny-inflate's place
 * (scripts/node-bundles.mjs).
 */
export function inflateInto(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const inflated = zlib.inflateRawSync(source);
  if (inflated.length > dest.length) throw new Error('Data error');
  dest.set(inflated);
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest;
}
