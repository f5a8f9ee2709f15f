import type { Settings } from '../../../shared/api/contract.js';
import { CliError, type Command } from '../command.js';
import { toJson } from '../format.js';

const SWITCH = { on: true, off: false } as const;

/** The library's settings from scripts: the name sign-off and history record, and four-eyes review. Without options, shows them. */
export const settingsCommand: Command = {
  name: 'settings',
  summary: 'Show or change the library settings: the author name recorded with every change, and four-eyes review (whoever marks a section ready cannot approve it).',
  arguments: [],
  options: {
    author: { type: 'string', usage: '--author NAME', description: 'the name recorded with changes, sign-off and comments' },
    'four-eyes': { type: 'string', usage: '--four-eyes on|off', description: 'whether a section must be approved by someone other than the person who marked it ready' },
  },
  async run({ call, io, json, options }) {
    const author = options['author'];
    const fourEyes = options['four-eyes'];
    if (fourEyes !== undefined && fourEyes !== 'on' && fourEyes !== 'off') throw new CliError(`--four-eyes must be on or off, not "${String(fourEyes)}".`, 'usage');
    const change = {
      ...(typeof author === 'string' ? { author } : {}),
      ...(fourEyes === undefined ? {} : { fourEyes: SWITCH[fourEyes] }),
    };
    const settings: Settings = Object.keys(change).length === 0 ? await call('settings.get', {}) : await call('settings.update', change);
    io.stdout(json ? toJson(settings) : `Author: ${settings.author}\nFour-eyes review: ${settings.fourEyes ? 'on' : 'off'}`);
  },
};
