import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import type { CompletenessReport } from '../../../shared/completeness/index.js';
import type { Draft } from '../../../shared/model/draft.js';
import type { Template } from '../../../shared/template/template.js';
import { parseJsonFile } from '../templates/parseJsonFile.js';
import { checkStoredDraft } from './checkStoredDraft.js';

/**
 * The completeness check of stored drafts, each result kept for the next
 * asker while the draft is unchanged. The check of a long strategy costs
 * hundreds of milliseconds, and the same unchanged draft is checked again
 * and again: the review screen asks, then its export lists the same
 * problems; the command line's `check` and `export` (each a new process)
 * ask about the draft nobody edited in between. The check is pure, so a
 * result is reused only for the very same input: the draft as stored (every
 * field, not only revisions), the template and the local names, hashed.
 */
export type StoredDraftChecker = (draft: Draft, template: Template, localNames?: Record<string, string>) => CompletenessReport;

/** Where the command line keeps results between its processes, and what code made them (see TemplateCache). */
export interface CheckCacheFile {
  file: string;
  /** A new build never trusts an old build's findings: its rules may have changed. */
  codeStamp: string;
}

const CACHE_FORMAT = 1;
/** A few drafts at once: enough for switching between two or three, small enough to read at every command. */
const KEPT = 4;

const cacheFile = z.object({
  format: z.literal(CACHE_FORMAT),
  entries: z.array(z.object({ key: z.string(), report: z.looseObject({ findings: z.array(z.looseObject({})) }) })),
});

type Entry = z.infer<typeof cacheFile>['entries'][number];

function inputKey(draft: Draft, template: Template, localNames: Record<string, string>, codeStamp: string): string {
  return createHash('sha256')
    .update(`${CACHE_FORMAT}\0${codeStamp}\0`)
    .update(JSON.stringify(template))
    .update('\0')
    .update(JSON.stringify(localNames))
    .update('\0')
    .update(JSON.stringify(draft))
    .digest('hex');
}

/** Kept in this process, and in `persist`'s file when given. A cache that cannot be read or written only costs the check. */
export function createStoredDraftChecker(persist?: CheckCacheFile): StoredDraftChecker {
  const kept: Entry[] = [];
  let loaded = persist === undefined;
  const remember = (entry: Entry) => {
    const others = kept.filter((other) => other.key !== entry.key);
    kept.splice(0, kept.length, entry, ...others.slice(0, KEPT - 1));
  };
  return (draft, template, localNames = {}) => {
    if (!loaded && persist !== undefined) {
      loaded = true;
      kept.push(...readEntries(persist.file).slice(0, KEPT));
    }
    const key = inputKey(draft, template, localNames, persist?.codeStamp ?? '');
    const found = kept.find((entry) => entry.key === key);
    if (found !== undefined) {
      remember(found);
      // The key binds the report to this very input and build, so it is the check's own output.
      return found.report as unknown as CompletenessReport;
    }
    const report = checkStoredDraft(draft, template, localNames);
    remember({ key, report: report as unknown as Entry['report'] });
    if (persist !== undefined) writeEntries(persist.file, kept);
    return report;
  };
}

function readEntries(file: string): Entry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const json = parseJsonFile(text);
  if (!json.ok) return [];
  const parsed = cacheFile.safeParse(json.value);
  return parsed.success ? parsed.data.entries : [];
}

function writeEntries(file: string, entries: readonly Entry[]): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.part`;
  try {
    fs.writeFileSync(temporary, JSON.stringify({ format: CACHE_FORMAT, entries }), { flag: 'wx' });
    // Renamed into place, so a command reading at the same moment sees the old results or the new ones, never half.
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
