import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Template } from '../../../shared/template/template.js';
import { loadTemplates, type LoadedTemplates } from './loadTemplates.js';
import { parseJsonFile } from './parseJsonFile.js';

/**
 * Where validated packs are kept between processes, and what code validated
 * them. Each command of the CLI is a new process, and validating every pack
 * (schemas, rule parameters, starter Markdown) was most of its start-up; the
 * result only changes when a pack file or the app changes, so it is kept.
 */
export interface TemplateCache {
  file: string;
  /** Changes whenever the validating code may have (a build's file size and time): a new build never trusts an old build's verdict. */
  codeStamp: string;
}

const CACHE_FORMAT = 1;

const cacheFile = z.object({
  format: z.literal(CACHE_FORMAT),
  key: z.string(),
  loaded: z.object({
    templates: z.array(z.looseObject({ id: z.string(), name: z.string(), sections: z.array(z.looseObject({ id: z.string() })) })),
    problems: z.array(z.object({ file: z.string(), field: z.string(), message: z.string() })),
  }),
});

/**
 * `loadTemplates`, answered from the cache when the same code has already
 * read exactly these bytes. The key covers every file the loader could read
 * (one level down, contents not times), so an edited pack is always read
 * again. The cache is only a speed-up: one that cannot be read or written is
 * ignored, and the packs are read as if it did not exist.
 */
export function loadTemplatesCached(dir: string, cache: TemplateCache): LoadedTemplates {
  const key = folderKey(dir, cache.codeStamp);
  if (key === undefined) return loadTemplates(dir);
  const cached = readCache(cache.file, key);
  if (cached) return cached;
  const loaded = loadTemplates(dir);
  writeCache(cache.file, { format: CACHE_FORMAT, key, loaded });
  return loaded;
}

function folderKey(dir: string, codeStamp: string): string | undefined {
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\0${codeStamp}\0${path.resolve(dir)}\0`);
  try {
    const files: string[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isFile()) files.push(full);
      else if (entry.isDirectory()) {
        for (const inner of fs.readdirSync(full, { withFileTypes: true })) if (inner.isFile()) files.push(path.join(full, inner.name));
      }
    }
    for (const file of files.sort()) {
      const bytes = fs.readFileSync(file);
      hash.update(`${path.relative(dir, file)}\0${bytes.length}\0`).update(bytes);
    }
  } catch {
    // The loader reports an unreadable folder in its own words.
    return undefined;
  }
  return hash.digest('hex');
}

function readCache(file: string, key: string): LoadedTemplates | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const json = parseJsonFile(text);
  if (!json.ok) return undefined;
  const parsed = cacheFile.safeParse(json.value);
  if (!parsed.success || parsed.data.key !== key) return undefined;
  // The key binds these templates to the very bytes this build validated, so they are the loader's own output. Taken as
  // written, not as zod gives them back (the fields it checks first): the same fields in the same order as a fresh read, so
  // whatever is keyed by a pack's JSON (the check cache) finds the same key whichever way the pack was read.
  const written = json.value as z.infer<typeof cacheFile>;
  return { templates: written.loaded.templates as unknown as Template[], problems: parsed.data.loaded.problems };
}

function writeCache(file: string, content: z.infer<typeof cacheFile>): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.part`;
  try {
    fs.writeFileSync(temporary, JSON.stringify(content), { flag: 'wx' });
    // Renamed into place so a process reading at the same moment sees the old cache or the new one, never half.
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
