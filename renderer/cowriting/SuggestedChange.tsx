interface SuggestedChangeProps {
  deleted: string;
  inserted: string;
  /** A few words of the text just before the change, so a reader can tell where it goes. */
  context?: string;
}

/**
 * One suggested change shown as a diff. The hidden words say "remove" and
 * "add" because strike-through and underline are not announced by every
 * screen reader.
 */
export function SuggestedChange({ deleted, inserted, context }: SuggestedChangeProps) {
  return (
    <p className="suggestion__change diff">
      {context && <span className="suggestion__context">…{context}</span>}
      {deleted && (
        <del>
          <span className="visually-hidden">[remove: </span>
          {deleted}
          <span className="visually-hidden">]</span>
        </del>
      )}
      {deleted && inserted && ' '}
      {inserted && (
        <ins>
          <span className="visually-hidden">[add: </span>
          {inserted}
          <span className="visually-hidden">]</span>
        </ins>
      )}
    </p>
  );
}
