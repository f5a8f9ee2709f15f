import type { DraftSummary } from '../../shared/model/draft.js';
import { describeSignOffCounts } from '../cowriting/signOffText.js';
import { formatLastEdited, formatPeriod } from './formatting.js';
import { RenameField } from './RenameField.js';

interface DraftTableProps {
  drafts: DraftSummary[];
  /** Each template's kind of document and nation, by template id; a draft whose pack is gone shows a dash. */
  kinds: ReadonlyMap<string, string>;
  scope: 'active' | 'trash';
  renamingId: string | null;
  onOpen: (id: string) => void;
  onStartRename: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onCancelRename: () => void;
  onDuplicate: (id: string) => void;
  onTrash: (draft: DraftSummary) => void;
  onRestore: (draft: DraftSummary) => void;
  onPurge: (draft: DraftSummary) => void;
}

export function DraftTable(props: DraftTableProps) {
  const { drafts, scope } = props;
  const caption = scope === 'active' ? 'Your strategies' : 'Strategies in the trash';
  return (
    <table className="draft-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Kind</th>
          <th scope="col">Council or body</th>
          <th scope="col">Period</th>
          {scope === 'active' && <th scope="col">Review</th>}
          <th scope="col">{scope === 'active' ? 'Last edited' : 'Moved to trash'}</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <tr key={draft.id}>
            <th scope="row" className="draft-table__title">
              {props.renamingId === draft.id ? (
                <RenameField initial={draft.untitled ? '' : draft.title} untitledName={draft.untitled ? draft.title : undefined} onCommit={(title) => props.onRename(draft.id, title)} onCancel={props.onCancelRename} />
              ) : scope === 'active' ? (
                <button type="button" className="link-button" data-draft-id={draft.id} onClick={() => props.onOpen(draft.id)}>
                  {draft.title}
                </button>
              ) : (
                draft.title
              )}
            </th>
            <td>{props.kinds.get(draft.templateId) ?? '—'}</td>
            <td>{draft.council || '—'}</td>
            <td>{formatPeriod(draft.periodStart, draft.periodEnd)}</td>
            {scope === 'active' && <td>{draft.signOff ? describeSignOffCounts(draft.signOff) : '—'}</td>}
            <td>{formatLastEdited(scope === 'active' ? draft.updatedAt : (draft.trashedAt ?? draft.updatedAt))}</td>
            <td className="draft-table__actions">
              {scope === 'active' ? (
                <>
                  <button type="button" className="button button--small" aria-label={`Rename ${draft.title}`} onClick={() => props.onStartRename(draft.id)}>
                    Rename
                  </button>
                  <button type="button" className="button button--small" aria-label={`Duplicate ${draft.title}`} onClick={() => props.onDuplicate(draft.id)}>
                    Duplicate
                  </button>
                  <button type="button" className="button button--small" aria-label={`Delete ${draft.title}`} onClick={() => props.onTrash(draft)}>
                    Delete
                  </button>
                </>
              ) : (
                <>
                  <button type="button" className="button button--small" aria-label={`Restore ${draft.title}`} onClick={() => props.onRestore(draft)}>
                    Restore
                  </button>
                  <button type="button" className="button button--small button--danger" aria-label={`Delete ${draft.title} permanently`} onClick={() => props.onPurge(draft)}>
                    Delete permanently
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
