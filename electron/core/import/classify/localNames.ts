import type { Template } from '../../../../shared/template/template.js';
import type { SettingsStore } from '../../storage/settingsStore.js';
import type { ImportTemplate } from './importCues.js';

/** Longer than any body's name: a longer match has run on into a sentence. */
const MAX_NAME_CHARACTERS = 60;

/**
 * The names a document gives the pack's local-name slots ("We are the Vale
 * Voices group", "Owner: Director of Family Services"), read with the
 * pack's patterns (`localNames` in import.json), each with a group
 * `(?<name>…)`. Matched case-sensitively, so a name is known by its
 * capitals; the first match of a slot wins.
 */
export function findLocalNames(text: string, template: ImportTemplate): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [slot, sources] of Object.entries(template.importCues.localNames)) {
    for (const source of sources) {
      const name = new RegExp(source, 'u').exec(text)?.groups?.name?.replace(/\s+/g, ' ').trim();
      if (name !== undefined && name.length >= 2 && name.length <= MAX_NAME_CHARACTERS) {
        found[slot] = name;
        break;
      }
    }
  }
  return found;
}

/**
 * The names an imported document gave, kept for the pack's slots the library
 * has not filled yet: a name the council chose on the library screen is
 * never replaced, and the screen can change or clear these. Returns the
 * slots filled.
 */
export function fillEmptyLocalNames(
  settings: Pick<SettingsStore, 'localNamesFor' | 'update'>,
  template: Pick<Template, 'id' | 'localNames'>,
  found: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const current = settings.localNamesFor(template.id);
  const offered = new Set(template.localNames.map((slot) => slot.id));
  const filling = Object.fromEntries(Object.entries(found ?? {}).filter(([slot]) => offered.has(slot) && (current[slot] ?? '').trim() === ''));
  if (Object.keys(filling).length > 0) settings.update({ localNames: { [template.id]: filling } });
  return filling;
}
