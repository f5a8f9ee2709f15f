/**
 * Corporate Parenting Studio: the renderer's top level.
 *
 * Accessible names the end-to-end tests rely on (keep them stable):
 *
 * Library screen
 * - heading level 1 "Your strategies" (or "Trash"); toggle buttons "Strategies" and "Trash" (aria-pressed).
 * - button "New strategy" opens a dialog named "New strategy" with radio buttons in the group
 *   "Template" (named by template name), text fields "Title" and "Council", buttons "Create" and "Cancel".
 * - table of drafts: each row's header cell holds a button named by the draft title (opens it);
 *   buttons "Rename <title>", "Duplicate <title>", "Delete <title>"; inline rename field "New title"
 *   (Enter keeps, Escape cancels). After a delete, a status with button "Restore".
 * - Trash view rows: buttons "Restore <title>" and "Delete <title> permanently", then a dialog
 *   "Delete permanently?" with buttons "Cancel" and "Delete permanently". When a row goes (deleted, restored from
 *   the trash, moved to the trash), the focus goes to the first button of the row now in its place (or the one
 *   before), or to the heading level 1 when the list is empty. The New strategy dialog opens on "Title".
 * - Settings: text field "Author name", button "Save name".
 * - Library file unreadable: heading "Your library cannot be opened", button "Start a fresh library".
 *
 * Draft screen
 * - button "← Library" (name "← Library"), heading level 1 = draft title, button "Save now".
 * - save status: data-testid="save-status" (role status, aria-live polite), text one of
 *   "All changes saved", "Saving…", "Saved HH:MM", "Not saved — <reason>, retrying", "Not saved — <reason>";
 *   its data-state attribute is clean | pending | saving | failed | held | conflict.
 * - navigation landmark "Sections" containing one button per section named exactly by its title;
 *   the current one has aria-current="page". The list is one Tab stop (roving tabindex: the section last focused
 *   there, else the current one); Up/Down/Home/End move between them; choosing one moves the focus to the section's
 *   heading. Opening a draft puts the focus on its title (heading level 1).
 * - main landmark with heading level 2 = section title.
 * - cover section fields: "Council", "Strategy title", "Period start year", "Period end year",
 *   "Date" (type date, yyyy-mm-dd), "Version", "Owner", "Approving body".
 * - text sections: toolbar "Formatting" with buttons "Paragraph", "Heading 2", "Heading 3", "Bold",
 *   "Italic", "Link", "Bullet list", "Numbered list", "Insert table", "Add row", "Delete row",
 *   "Add column", "Delete column", "Undo", "Redo"; editor role textbox named "<section title> text"
 *   (aria-multiline). Link dialog "Link" with field "Web address" and buttons "Apply link", "Cancel"; on closing, the
 *   focus goes back to the editor (after an inserted link).
 * - complementary landmark "Guidance" with button "Hide guidance" / "Show guidance".
 * - save conflict: alert with buttons "Copy my text" and "Reload from storage".
 * - completeness: header text data-testid="completeness-score" ("<n>% complete"), toggle button "Check"
 *   (aria-pressed) showing the complementary landmark "Completeness" (with button "Hide completeness") in place of
 *   the guidance; opening it with "Check" focuses its heading "Completeness", hiding it refocuses "Check"; each
 *   finding is a button that jumps to its section and selects its text (the editor takes the focus). Navigator buttons
 *   keep their title as name; the section's check status (Complete / Incomplete / Missing) is in the description.
 * - forewords: status data-testid="readability" ("Reading age <n> — …") above the editor; long sentences carry
 *   the class "long-sentence".
 * - every dialog gives the focus back, on closing, to the control that opened it (if that is still there).
 * - button "Export…" (and the menu's Export) opens a dialog "Export": radio buttons "Word (.docx)" and "PDF" in
 *   the group "Format"; with placeholders left, a region "Placeholders to replace" (no final export offered); with
 *   problems, a region "Not ready for a final version"; each listed item with a place is a button that closes the
 *   dialog and goes there; buttons "Export as draft" and "Export as final anyway", otherwise button "Export"; then
 *   a status "Saved <file name> …" or an alert.
 * - imported drafts may have the section "Unsorted (from import)" under the navigator group "From import".
 *
 * Import (library screen)
 * - button "Import a strategy…" opens a file chooser (.docx, .md, .markdown, .txt; at most 50 MB); then the
 *   review screen, heading level 1 "Check the import of <file name>", radio group "Template" when there is more
 *   than one, buttons "Import into a new draft" and "Cancel". The new draft opens with the Check panel showing.
 * - draft screen header button "Import into this draft…" (file input "File to import into this draft") opens the same
 *   review without the title-page fields, with a region "What happens to the draft’s sections": one group per section
 *   that receives parts, named by its title, with radios "Replace its text with the imported parts", "Add the imported
 *   parts after its text", "Keep its text and leave these parts out" (Unsorted: "Add them to Unsorted, to sort later",
 *   "Leave them out"), and button "Import into this draft". Back on the draft, a note "Imported into this draft: …"
 *   takes the focus; Cancel puts it on the section heading.
 *
 * Co-writing (draft screen)
 * - text sections: region "Review" with data-testid="sign-off-state" (data-state draft | ready-for-review |
 *   approved; text e.g. "Approved by <name> on <date>"; it takes the focus after each move) and buttons
 *   "Mark ready for review", "Approve…" (dialog "Approve “<title>”" with field "Note (optional)" and buttons
 *   "Approve", "Cancel", and a region "What the check finds in this section (<n>)"), "Send back to draft". A move
 *   the rules refuse (starter text only; four-eyes review) leaves its button disabled with data-testid
 *   "sign-off-reason" saying why. Header button "Approve all ready (<n>)…" (when this person may approve some)
 *   opens dialog "Approve every section that is ready" with list data-testid="approve-ready-list" and button
 *   "Approve <n> sections". Library screen: checkbox "Four-eyes review".
 *   Navigator buttons keep their title as name; the review state is in the description. The library table has a
 *   "Review" column. An edit that resets an approval shows a status "…needs review again" with button "Dismiss".
 * - group "Section tools" with toggle buttons "Comments", "History" and, when any wait, "Suggestions (<n>)".
 * - History: checkboxes per version, button "Compare with the text now" / "Compare the two versions", buttons
 *   "Restore this version"; "Save snapshot…" (dialog "Save snapshot", field "Snapshot name", button "Save
 *   snapshot"); "Restore <snapshot name>" then dialog "Restore this snapshot?" with "Restore snapshot".
 * - Comments: button "Comment" (or Ctrl/Cmd+Alt+M in the editor) on the selected text, field "Comment", button
 *   "Add comment"; each thread has "Show in text", "Reply" (field "Reply", button "Send reply"), "Resolve" or
 *   "Reopen"; checkbox "Show resolved comments". Commented text carries the class "comment-highlight".
 * - header buttons "Share…" (dialog "Share", radios "The whole strategy" / "Only this section: <title>", button
 *   "Save shared file") and "Bring back a shared file…" (file input "Shared file to bring back", .cpsdraft); then
 *   dialog "Shared file brought back" with buttons "Review suggestions in <title>". Suggestions panel: "Accept",
 *   "Reject", "Accept all", "Reject all".
 * - suggest mode: toolbar "Formatting" button "Suggest changes" (aria-pressed; aria-disabled and pressed on the young
 *   people's foreword, with a note "Your edits to the young people’s words are shown as suggestions…"). Suggested
 *   text is <ins class="suggestion-ins"> / <del class="suggestion-del"> with data-author and data-at. The
 *   "Suggestions (<n>)" tab counts them too and shows the complementary landmark "Suggested edits": one article
 *   per suggestion ("Suggested edit by <author>") with "Accept", "Reject", "Show in text"; "Accept all", "Reject all".
 * - foreword section: button "Open the foreword workshop": heading level 1 "Our foreword", editor textbox "Your
 *   foreword", toolbar "Writing tools", status data-testid="reading-age", fields "Group name", "Month you wrote it", "Name",
 *   "Agreed by", "Date agreed", "Written down by", checkbox "They agreed to their full name being printed",
 *   data-testid="attribution-printed" (the line printed with the foreword), buttons "Add a name", "Remove <name>", "← Back to the strategy".
 *   Opening it focuses "Our foreword"; going back focuses "Open the foreword workshop".
 *
 * The URL hash is the route: "#/" library, "#/draft/<id>/<sectionId>" a draft and section.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/api/bridge.js';
import type { LibraryStatus } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import { useApi } from '../api/ApiContext.js';
import { DraftScreen } from '../draft/DraftScreen.js';
import { LibraryScreen } from '../library/LibraryScreen.js';
import { CommandChannel } from './commands.js';
import { LibraryUnavailable } from './LibraryUnavailable.js';
import { ErrorNotice, Notice } from './Notice.js';
import { parseRoute, routeToHash, type Route } from './route.js';

type Startup = { state: 'checking' } | { state: 'failed'; error: ApiError } | { state: 'known'; status: LibraryStatus };

export function App({ onMenuCommand }: { onMenuCommand: (listener: (command: MenuCommand) => void) => () => void }) {
  const api = useApi();
  const [startup, setStartup] = useState<Startup>({ state: 'checking' });
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const [commands] = useState(() => new CommandChannel());
  const [menuNotice, setMenuNotice] = useState<string | null>(null);
  /** The draft just made by an import: it opens with the completeness panel showing what the old strategy lacks. */
  const [importedDraftId, setImportedDraftId] = useState<string | null>(null);

  const checkLibrary = useCallback(async () => {
    setStartup({ state: 'checking' });
    const result = await api.call('library.status', {});
    setStartup(result.ok ? { state: 'known', status: result.value } : { state: 'failed', error: result.error });
    // e.g. an empty library file became the library: worth saying once, not worth a screen of its own.
    if (result.ok && result.value.state === 'ready' && result.value.message) setMenuNotice(result.value.message);
  }, [api]);

  useEffect(() => {
    void checkLibrary();
  }, [checkLibrary]);

  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((next: Route, replace = false) => {
    const hash = routeToHash(next);
    if (replace) window.history.replaceState(window.history.state, '', hash);
    else window.location.hash = hash;
    setRoute(next);
  }, []);

  useEffect(
    () =>
      onMenuCommand((command) => {
        setMenuNotice(null);
        switch (command.type) {
          case 'new-from-template':
            navigate({ screen: 'library' });
            commands.send({ type: 'new-strategy' });
            return;
          case 'open-draft':
            navigate({ screen: 'draft', draftId: command.id, sectionId: null });
            return;
          case 'save-now':
            commands.send({ type: 'save-now' });
            return;
          case 'export':
            if (parseRoute(window.location.hash).screen === 'draft') commands.send({ type: 'export' });
            else setMenuNotice('Open a strategy first, then choose Export to save it as a Word document or PDF.');
            return;
        }
      }),
    [navigate, commands, onMenuCommand],
  );

  useEffect(() => {
    document.title = route.screen === 'library' ? 'Your strategies – Corporate Parenting Studio' : 'Strategy – Corporate Parenting Studio';
  }, [route.screen]);

  if (startup.state === 'checking') {
    return (
      <main id="main" className="startup">
        <p role="status">Opening your library…</p>
      </main>
    );
  }
  if (startup.state === 'failed') {
    return (
      <main id="main" className="startup">
        <h1>The app cannot reach its library</h1>
        <ErrorNotice error={startup.error} />
        <button type="button" className="button button--primary" onClick={() => void checkLibrary()}>
          Try again
        </button>
      </main>
    );
  }
  if (startup.status.state === 'unavailable') {
    return (
      <LibraryUnavailable
        status={startup.status}
        onReady={(status) => {
          setStartup({ state: 'known', status });
          if (status.state === 'ready' && status.message) setMenuNotice(status.message);
        }}
      />
    );
  }

  return (
    <>
      {menuNotice && (
        <div className="menu-notice">
          <Notice tone="info">
            <p>{menuNotice}</p>
            <button type="button" className="button" onClick={() => setMenuNotice(null)}>
              Dismiss
            </button>
          </Notice>
        </div>
      )}
      {route.screen === 'library' ? (
        <LibraryScreen
          commands={commands}
          onOpenDraft={(draftId) => navigate({ screen: 'draft', draftId, sectionId: null })}
          onImported={(draftId) => {
            setImportedDraftId(draftId);
            navigate({ screen: 'draft', draftId, sectionId: null });
          }}
        />
      ) : (
        <DraftScreen
          key={route.draftId}
          draftId={route.draftId}
          sectionId={route.sectionId}
          commands={commands}
          openCompleteness={importedDraftId === route.draftId}
          onSectionChange={(sectionId) => navigate({ screen: 'draft', draftId: route.draftId, sectionId }, true)}
          onBack={() => navigate({ screen: 'library' })}
        />
      )}
    </>
  );
}
