import { useEffect } from 'react';
import { useCommand, type CommandChannel } from '../app/commands.js';
import type { DraftSession } from './draftSession.js';

/**
 * Everything outside the editor that should save at once: Ctrl/Cmd+S, the
 * native menu's "Save now", the window being hidden or closed. Closing with
 * unsaved changes asks the browser to warn the user.
 */
export function useSaveTriggers(session: DraftSession, commands: CommandChannel): void {
  useCommand(commands, 'save-now', () => void session.flushAll());

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void session.flushAll();
      }
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void session.flushAll();
    };
    const onPageHide = () => void session.flushAll();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.hasUnsavedChanges) return;
      void session.flushAll();
      event.preventDefault();
      // Older browsers (and Electron) still look at returnValue.
      event.returnValue = '';
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [session]);
}
