/**
 * While a modal dialog is open the page behind it is inert for the user, but
 * a paste or drop can still be delivered to the editor there (the app menu's
 * Paste acts on the window, a drag ends over the backdrop's hole). The text
 * would then change a section the user cannot see or undo from the dialog,
 * so such input is refused. A dialog that holds the editor itself is not
 * "behind".
 */
export function isBehindModalDialog(element: Element): boolean {
  const modal = element.ownerDocument.querySelector('dialog:modal');
  return modal !== null && !modal.contains(element);
}
