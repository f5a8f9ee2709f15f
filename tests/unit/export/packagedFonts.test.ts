import fs from 'node:fs';
import path from 'node:path';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import { describe, expect, it, vi } from 'vitest';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { EXPORT_FONT_FILES } from '../../../electron/core/export/pdf/fonts.js';
import { bold, doc, paragraph } from '../../fixtures/docBuilders.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

/**
 * The packaged app carries only the font files the exporters open. The
 * packaged list is worked out from electron-builder.yml's `files` patterns
 * with electron-builder's own matcher, as it filters node_modules: "**\/*"
 * followed by the "!" patterns (app-builder-lib, getNodeModuleFileMatcher).
 */

const ROOT = path.resolve(__dirname, '../../..');
const FONT_PACKAGES = path.join(ROOT, 'node_modules', '@expo-google-fonts');

function filesPatterns(): string[] {
  const yaml = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
  const section = /^files:\n((?:[ \t]+.*\n|[ \t]*\n)*)/m.exec(yaml)?.[1] ?? '';
  return [...section.matchAll(/^\s+-\s+(?:"([^"]+)"|'([^']+)'|(\S+))\s*$/gm)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
}

/** Every file under the font packages that the packaged app would hold. */
function packagedFontPackageFiles(): Set<string> {
  const matcher = new FileMatcher(ROOT, '/packaged', (pattern) => pattern);
  for (const pattern of filesPatterns()) if (pattern.startsWith('!')) matcher.addPattern(pattern);
  matcher.prependPattern('**/*');
  const filter = matcher.createFilter();
  const kept = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      if (!filter(file, stat)) continue;
      if (stat.isDirectory()) walk(file);
      else kept.add(file);
    }
  };
  walk(FONT_PACKAGES);
  return kept;
}

describe('fonts in the packaged app', () => {
  it('holds every font file a PDF export opens, and no other weight', async () => {
    const opened = new Set<string>();
    const read = fs.readFileSync;
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
      if (typeof file === 'string' && file.endsWith('.ttf')) opened.add(path.resolve(file));
      return (read as (file: fs.PathOrFileDescriptor, options?: unknown) => string | Buffer)(file, options);
    }) as typeof fs.readFileSync);
    try {
      // Every face of the default house font (Arimo for Arial), emoji, Arabic and Hebrew in both weights.
      const draft = sampleDraftWith({ 'foreword-young-people': doc(paragraph('We are proud 🙂 of ليلى and ', bold('عبد الله'), ', of יעל and ', bold('מרים'), '.')) });
      await exportPdf({ draft, template: sampleTemplate(), markDraft: false });
    } finally {
      spy.mockRestore();
    }

    const declared = new Set(EXPORT_FONT_FILES.map((file) => path.join(ROOT, 'node_modules', file)));
    expect(opened.size).toBeGreaterThan(0);
    for (const file of opened) expect(declared, `${file} is opened but not listed in EXPORT_FONT_FILES`).toContain(file);

    const packaged = packagedFontPackageFiles();
    for (const file of declared) expect(packaged, `${path.relative(ROOT, file)} is missing from the package`).toContain(file);
    const packagedFonts = [...packaged].filter((file) => file.endsWith('.ttf'));
    expect(packagedFonts.sort()).toEqual([...declared].sort());
    // The preview images go too; what remains is small.
    expect([...packaged].some((file) => file.endsWith('.png'))).toBe(false);
    const bytes = [...packaged].reduce((sum, file) => sum + fs.statSync(file).size, 0);
    // Three house fonts in four faces each, and the fallbacks: a third of what the packages hold.
    expect(bytes).toBeLessThan(8_000_000);
  });
});
