import type { Node } from 'prosemirror-model';

interface EnglishReferenceProps {
  /** The section's English text as it stands in its editor. */
  doc: Node;
  /** Open from the start where there is room beside the text (wide windows). */
  open: boolean;
}

/**
 * The section's English text, read-only, above its Welsh editor, so the
 * person writing the council's Welsh has the English to hand without
 * switching back. Plain blocks only: formatting is the English editor's
 * business, and this is a reference, not a second place to edit.
 */
export function EnglishReference({ doc, open }: EnglishReferenceProps) {
  const blocks: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    const text = node.textContent.trim();
    if (text !== '') blocks.push(text);
    return false;
  });
  return (
    <details className="english-reference" open={open}>
      <summary>The English text of this section</summary>
      {/* Focusable, so a long English text can be scrolled from the keyboard. */}
      <div className="english-reference__text" lang="en-GB" role="region" aria-label="English text" tabIndex={0}>
        {blocks.length === 0 ? <p>Nothing is written in English yet.</p> : blocks.map((text, index) => <p key={index}>{text}</p>)}
      </div>
    </details>
  );
}
