import { useEffect, useRef } from 'react';
import { Listeners } from './listeners.js';

/** What the top level asks a screen to do, mostly on behalf of the native menu. */
export type ScreenCommand = { type: 'new-strategy' } | { type: 'save-now' } | { type: 'export' };

type CommandType = ScreenCommand['type'];
type CommandOf<T extends CommandType> = Extract<ScreenCommand, { type: T }>;

/**
 * "New strategy" is asked for from anywhere and first takes the user to the
 * library, which is not on screen yet when the command is sent: it waits for
 * the library to listen. The others mean "now, on this screen" and are
 * dropped when no screen listens (saving or exporting a draft that is still
 * loading is not what the user asked for later).
 */
const WAITS_FOR_A_LISTENER: ReadonlySet<CommandType> = new Set<CommandType>(['new-strategy']);

/** A typed channel from the top level to whichever screen handles a command. */
export class CommandChannel {
  private readonly listeners = new Map<CommandType, Listeners<[ScreenCommand]>>();
  private readonly waiting = new Map<CommandType, ScreenCommand>();

  send(command: ScreenCommand): void {
    const listeners = this.listeners.get(command.type);
    if (listeners !== undefined && listeners.size > 0) listeners.notify(command);
    else if (WAITS_FOR_A_LISTENER.has(command.type)) this.waiting.set(command.type, command);
  }

  /** Listens for one kind of command; a waiting one of that kind is handed over at once. Returns the unsubscribe. */
  listen<T extends CommandType>(type: T, handler: (command: CommandOf<T>) => void): () => void {
    let listeners = this.listeners.get(type);
    if (listeners === undefined) {
      listeners = new Listeners<[ScreenCommand]>();
      this.listeners.set(type, listeners);
    }
    const stop = listeners.add((command) => handler(command as CommandOf<T>));
    const waiting = this.waiting.get(type);
    if (waiting !== undefined) {
      this.waiting.delete(type);
      handler(waiting as CommandOf<T>);
    }
    return stop;
  }
}

/** Runs `handler` for each command of this kind sent while the calling component is on screen. */
export function useCommand<T extends CommandType>(channel: CommandChannel, type: T, handler: (command: CommandOf<T>) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => channel.listen(type, (command) => latest.current(command)), [channel, type]);
}
