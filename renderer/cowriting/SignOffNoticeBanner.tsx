import { Notice } from '../app/Notice.js';
import type { SignOffBoard } from './signOffBoard.js';
import { useBoardVersion } from './useBoardVersion.js';

/** Says plainly when an edit or a restore took a section out of "Approved", naming the section. */
export function SignOffNoticeBanner({ board, titleOf }: { board: SignOffBoard; titleOf: (sectionId: string) => string }) {
  useBoardVersion(board);
  const notice = board.currentNotice;
  if (!notice) return null;
  return (
    <div className="menu-notice">
      <Notice tone="warning">
        <p>
          <strong>{titleOf(notice.sectionId)}:</strong> {notice.message}{' '}
          <button type="button" className="button button--small" onClick={() => board.dismissNotice()}>
            Dismiss
          </button>
        </p>
      </Notice>
    </div>
  );
}
