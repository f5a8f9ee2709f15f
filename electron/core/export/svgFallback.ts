import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * A PNG of an SVG picture, for the Word processors that cannot show SVG
 * (Word before 2016, LibreOffice's older releases): Word files carry both.
 * Rasterised with resvg (@resvg/resvg-js, a prebuilt native module, about
 * 4 MB per platform) in Arimo (Arial's metrics), at twice the size
 * so it prints cleanly. Loaded only when a document has an SVG picture; on
 * a platform without its binary the picture is left out with its
 * description, as for any picture that cannot be included.
 */

interface ResvgModule {
  Resvg: new (svg: string, options: object) => { render(): { asPng(): Uint8Array } };
}

/** Arimo: metrically Arial, the family the charts name, and one of the house fonts the exporters ship. */
const FONT_FILES = ['@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf', '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'];

let loaded: { resvg: ResvgModule; fontFiles: string[] } | null | undefined;

function load(): { resvg: ResvgModule; fontFiles: string[] } | null {
  if (loaded !== undefined) return loaded;
  try {
    const requireHere = createRequire(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
    loaded = { resvg: requireHere('@resvg/resvg-js') as ResvgModule, fontFiles: FONT_FILES.map((file) => requireHere.resolve(file)) };
  } catch {
    loaded = null;
  }
  return loaded;
}

export function svgFallbackPng(markup: string): Uint8Array | null {
  const module = load();
  if (module === null) return null;
  try {
    const renderer = new module.resvg.Resvg(markup, {
      fitTo: { mode: 'zoom', value: 2 },
      font: { loadSystemFonts: false, fontFiles: module.fontFiles, defaultFontFamily: 'Arimo' },
    });
    return renderer.render().asPng();
  } catch {
    return null;
  }
}
