import { shippedTemplate } from '../../fixtures/shippedTemplate.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import type { ImportProposal } from '../../../shared/import/types.js';

/** Heading text → proposed section, for comparing with a fixture's expectations. */
export function sectionsByHeading(proposal: ImportProposal): Record<string, string> {
  return Object.fromEntries(proposal.parts.flatMap((part) => (part.heading ? [[part.heading.text, part.section]] : [])));
}

/** Every node of a tree, depth first, for looking for marks and node types. */
export function allNodes(nodes: readonly NodeJSON[]): NodeJSON[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.content ?? [])]);
}

export function hasMark(nodes: readonly NodeJSON[], mark: string, text: string): boolean {
  return allNodes(nodes).some((node) => node.text?.includes(text) === true && (node.marks ?? []).some((candidate) => candidate.type === mark));
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Bytes from a small seeded generator (xorshift), so "random" inputs are the same on every run. */
export function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/** The England pack as shipped: what an import is read for when no other template is named. */
export const ENGLAND = shippedTemplate();
