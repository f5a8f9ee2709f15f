/**
 * Names of people, places and groups in Arabic or Hebrew appear inside
 * English text. Both exporters mark such stretches with their direction and
 * language, so Word lays them out right to left and a screen reader reads
 * them in the right voice instead of spelling out letters.
 */

export type RightToLeftScript = 'arabic' | 'hebrew';

/** BCP 47 tags: the language most written in each script in English councils' documents. */
export const SCRIPT_LANGUAGES: Record<RightToLeftScript, string> = { arabic: 'ar', hebrew: 'he' };

export interface ScriptStretch {
  text: string;
  /** null for the document's own (left-to-right) text. */
  script: RightToLeftScript | null;
}

/** Words of one script, with the spaces and joiners between them (Script_Extensions takes in the vowel marks). */
const RIGHT_TO_LEFT = /(\p{Script_Extensions=Arabic}+(?:[\s\u200c\u200d]+\p{Script_Extensions=Arabic}+)*)|(\p{Script_Extensions=Hebrew}+(?:[\s\u200c\u200d]+\p{Script_Extensions=Hebrew}+)*)/gu;

export function scriptStretches(text: string): ScriptStretch[] {
  const stretches: ScriptStretch[] = [];
  let last = 0;
  for (const match of text.matchAll(RIGHT_TO_LEFT)) {
    if (match.index > last) stretches.push({ text: text.slice(last, match.index), script: null });
    stretches.push({ text: match[0], script: match[1] !== undefined ? 'arabic' : 'hebrew' });
    last = match.index + match[0].length;
  }
  if (last < text.length || stretches.length === 0) stretches.push({ text: text.slice(last), script: null });
  return stretches;
}
