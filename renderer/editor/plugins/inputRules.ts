import { InputRule, inputRules, smartQuotes, textblockTypeInputRule, wrappingInputRule, ellipsis } from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { nodes } from '../schemaTypes.js';

/**
 * Markdown-like shortcuts at the start of a line, and typographic niceties.
 * Section titles are Heading 1 in the exports, so "# " starts the first level
 * a writer can use inside a section (level 2) and "## " the next.
 */
export function strategyInputRules(): Plugin {
  return inputRules({
    rules: [
      ...smartQuotes,
      ellipsis,
      // British style uses a spaced en dash where American style uses an em dash.
      new InputRule(/--$/, '–'),
      textblockTypeInputRule(/^#\s$/, nodes.heading, { level: 2 }),
      textblockTypeInputRule(/^##\s$/, nodes.heading, { level: 3 }),
      wrappingInputRule(/^\s*[-*]\s$/, nodes.bulletList),
      wrappingInputRule(
        /^(\d+)\.\s$/,
        nodes.orderedList,
        (match) => ({ order: Number(match[1]) }),
        (match, node) => node.childCount + (node.attrs['order'] as number) === Number(match[1]),
      ),
    ],
  });
}
