import { LOCAL_NAME_MAX_LENGTH } from '../../shared/api/contract.js';
import type { ImportProposal } from '../../shared/import/types.js';
import type { NodeJSON } from '../../shared/model/draft.js';
import type { LocalNameSlot } from '../../shared/template/template.js';

/** Where in the document a name was found: the heading it sits under (null before the first heading) and the words around it. */
export interface NameFoundAt {
  heading: string | null;
  context: string;
}

/** One name the import found for one of the pack's slots, beside the name the library already has for it ('' when none). */
export interface LocalNameOffer {
  slotId: string;
  /** The slot in the pack's plain words ("The name of your Children in Care Council"). */
  label: string;
  found: string;
  foundAt: NameFoundAt | null;
  current: string;
}

/** The officer's choice for one offer: use the name found, use their own, or leave the library as it is. */
export type LocalNameChoice = { use: 'found' } | { use: 'own'; name: string } | { use: 'none' };

/** Words either side of a name, enough to recognise the sentence. */
const CONTEXT_CHARACTERS = 60;

/**
 * The offers for the pack's slots the import found a name for, in the pack's
 * order; a slot the pack does not have is not offered, nor one whose name the
 * library already has (the second import of the same strategy asks nothing).
 */
export function localNameOffers(proposal: ImportProposal, slots: readonly LocalNameSlot[], current: Readonly<Record<string, string>>): LocalNameOffer[] {
  const found = proposal.localNames ?? {};
  return slots.flatMap((slot) => {
    const name = found[slot.id];
    const now = (current[slot.id] ?? '').trim();
    if (name === undefined || name === now) return [];
    return [{ slotId: slot.id, label: slot.label, found: name, foundAt: whereFound(proposal, name), current: now }];
  });
}

/** A name is used by default only where the library has none: a name the council gave on the library screen is kept unless the officer says otherwise. */
export function defaultChoice(offer: LocalNameOffer): LocalNameChoice {
  return offer.current === '' ? { use: 'found' } : { use: 'none' };
}

/** What the choices save (slot id → name), or why a name cannot be saved, by slot. */
export function chosenLocalNames(offers: readonly LocalNameOffer[], choices: Readonly<Record<string, LocalNameChoice>>): { names: Record<string, string>; problems: Record<string, string> } {
  const names: Record<string, string> = {};
  const problems: Record<string, string> = {};
  for (const offer of offers) {
    const choice = choices[offer.slotId] ?? defaultChoice(offer);
    if (choice.use === 'none') continue;
    const name = choice.use === 'found' ? offer.found : choice.name.trim();
    const problem = nameProblem(name);
    if (problem === null) names[offer.slotId] = name;
    else problems[offer.slotId] = problem;
  }
  return { names, problems };
}

function nameProblem(name: string): string | null {
  if (name === '') return 'Type the name to use, or choose not to use it.';
  if (name.length > LOCAL_NAME_MAX_LENGTH) return `Shorten the name to ${LOCAL_NAME_MAX_LENGTH} characters or fewer (it has ${name.length}).`;
  return null;
}

/** The first heading or paragraph that holds the name, with a few words around it. */
function whereFound(proposal: ImportProposal, name: string): NameFoundAt | null {
  for (const part of proposal.parts) {
    const heading = part.heading?.text ?? null;
    for (const text of [heading ?? '', ...part.blocks.map(textOf)]) {
      const at = text.replace(/\s+/g, ' ').indexOf(name);
      if (at >= 0) return { heading, context: around(text.replace(/\s+/g, ' '), at, name.length) };
    }
  }
  return null;
}

function around(text: string, at: number, length: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - CONTEXT_CHARACTERS)) + 1);
  const endSpace = text.indexOf(' ', Math.min(text.length, at + length + CONTEXT_CHARACTERS));
  const end = endSpace < 0 ? text.length : endSpace;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

function textOf(node: NodeJSON): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
}
