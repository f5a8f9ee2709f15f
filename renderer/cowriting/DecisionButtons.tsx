import type { ReactNode } from 'react';
import { SECTION_TOOLS } from '../app/accessibleNames.js';

interface DecisionButtonsProps {
  /** Label the pair "Accept all" / "Reject all" rather than "Accept" / "Reject". */
  all?: boolean;
  /** The id of the suggestion the pair decides, so a screen reader names it. */
  describedBy?: string;
  acceptDisabled: boolean;
  rejectDisabled: boolean;
  onAccept: () => void;
  onReject: () => void;
  /** Further actions shown after the pair. */
  children?: ReactNode;
}

/** The accept and reject buttons of a suggestions panel, for one suggestion or all of them. */
export function DecisionButtons({ all = false, describedBy, acceptDisabled, rejectDisabled, onAccept, onReject, children }: DecisionButtonsProps) {
    return (
    <div className="side-panel__actions">
      <button type="button" className="button button--small" aria-describedby={describedBy} disabled={acceptDisabled} onClick={onAccept}>
        {all ? 'Accept all' : SECTION_TOOLS.accept}
      </button>
      <button type="button" className="button button--small" aria-describedby={describedBy} disabled={rejectDisabled} onClick={onReject}>
        {all ? 'Reject all' : SECTION_TOOLS.reject}
      </button>
      {children}
    </div>
  );
}
