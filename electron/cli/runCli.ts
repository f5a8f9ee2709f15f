import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Method, Request, Response } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { ApiFailure, type ApiError, type ApiResult } from '../../shared/api/errors.js';
import type { Core, CoreOptions } from '../core/createCore.js';
import { defaultDataDir } from '../core/paths/dataDir.js';
import { defaultTemplatesDir } from '../core/paths/templatesDir.js';
import { CliError, PROGRAM, usageLine, type CliIO, type Command, type CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import { VERSION_LINE } from './version.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  'templates-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliOptions {
  /**
   * Set by the built command line to its own build (see TemplateCache): the
   * packs it has validated are then kept in the library folder for the next
   * command. In-process runs (the tests) validate every time.
   */
  codeStamp?: string;
  /** The packs' folder when `--templates-dir` is not given: the installed app's own (else found above the code). */
  templatesDir?: string;
  /** How the host opens the library: the app's SQLite is built for Electron. */
  core?: Pick<CoreOptions, 'nativeBinding'>;
}

/**
 * Help says every command takes the common options, so they may come before
 * the command's name too ("--data-dir DIR list"), as scripts often write
 * them; they are moved after it and parsed with the command's own.
 */
function commandFirst(argv: string[]): string[] {
  const leading: string[] = [];
  let index = 0;
  for (;;) {
    const token = argv[index];
    const flag = token?.startsWith('--') ? token.slice(2).split('=')[0] : undefined;
    if (flag === undefined || flag === 'help' || !Object.hasOwn(COMMON_OPTIONS, flag)) break;
    const takesValue = COMMON_OPTIONS[flag as keyof typeof COMMON_OPTIONS].type === 'string' && !token?.includes('=');
    const length = takesValue ? 2 : 1;
    leading.push(...argv.slice(index, index + length));
    index += length;
  }
  if (leading.length === 0 || index >= argv.length) return argv;
  return [argv[index] as string, ...leading, ...argv.slice(index + 1)];
}

/** The file in the library folder that keeps validated packs between commands. */
export const TEMPLATE_CACHE_FILE = 'template-cache.json';
/** The file in the library folder that keeps the last checks' results, so `export` after `check` (or another export) of an unchanged draft does not check it again. */
export const CHECK_CACHE_FILE = 'check-cache.json';

/**
 * Runs one command line against the core and returns the exit code. Output
 * goes only through `io`, so tests run commands in-process; every failure is
 * one line on stderr.
 */
export async function runCli(argv: string[], io: CliIO, options: CliOptions = {}): Promise<number> {
  const [name, ...rest] = commandFirst(argv);
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return 0;
  }
  if (name === '--version') {
    io.stdout(VERSION_LINE);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}". Commands: ${COMMANDS.map((candidate) => candidate.name).join(', ')} (run "${PROGRAM} help" for details).`);
    return EXIT_USAGE;
  }
  let core: Core | undefined;
  try {
    const parsed = parseCommandLine(command, rest);
    if (parsed.values['help'] === true) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const dataDir = resolvePath(stringOption(parsed.values, 'data-dir') ?? defaultDataDir());
    const templatesDir = resolvePath(stringOption(parsed.values, 'templates-dir') ?? options.templatesDir ?? defaultTemplatesDir());
    const templateCache = options.codeStamp === undefined ? undefined : { file: path.join(dataDir, TEMPLATE_CACHE_FILE), codeStamp: options.codeStamp };
    const checkCache = options.codeStamp === undefined ? undefined : { file: path.join(dataDir, CHECK_CACHE_FILE), codeStamp: options.codeStamp };
    // The core (library, packs, handlers and everything they import) is loaded only by a command that uses it: help never opens it.
    const openCore = async () => {
      if (core === undefined) {
        const { createCore } = await import('../core/createCore.js');
        core = createCore({ ...options.core, dataDir, templatesDir, templateCache, checkCache });
      }
      return core;
    };
    const attempt = async <M extends Method>(method: M, request: Request<M>) => (await dispatch((await openCore()).handlers, method, request)) as ApiResult<Response<M>>;
    const context: CommandContext = {
      args: parsed.positionals,
      options: parsed.values,
      json: parsed.values['json'] === true,
      io,
      resolvePath,
      attempt,
      async call(method, request) {
        const result = await attempt(method, request);
        if (!result.ok) throw new CliError(oneLine(result.error));
        return result.value;
      },
      async exportToFile(request) {
        try {
          return await (await openCore()).exportToFile(request);
        } catch (error) {
          if (error instanceof ApiFailure) throw new CliError(oneLine(error.toError()));
          throw error;
        }
      },
    };
    await command.run(context);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(error.message);
      return error.kind === 'usage' ? EXIT_USAGE : EXIT_FAILURE;
    }
    io.stderr(`Something went wrong: ${(error as Error)?.message ?? String(error)}`);
    return EXIT_FAILURE;
  } finally {
    core?.close();
  }
}

function parseCommandLine(command: Command, argv: string[]): { positionals: string[]; values: Record<string, string | boolean | string[] | undefined> } {
  const options = { ...COMMON_OPTIONS, ...Object.fromEntries(Object.entries(command.options).map(([key, option]) => [key, { type: option.type, multiple: option.multiple === true }])) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages run on with advice about "--"; the first sentence is the useful part.
    const first = (error as Error).message.split(/\.\s/)[0]?.replace(/\.$/, '');
    throw new CliError(`${first}. Usage: ${usageLine(command)}`, 'usage');
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values['help'] === true) return { positionals: parsed.positionals, values };
  const missingArgument = command.arguments[parsed.positionals.length];
  if (missingArgument) throw new CliError(`Missing ${missingArgument}. Usage: ${usageLine(command)}`, 'usage');
  if (parsed.positionals.length > command.arguments.length) {
    throw new CliError(`Unexpected argument "${parsed.positionals[command.arguments.length]}". Usage: ${usageLine(command)}`, 'usage');
  }
  const missingOption = Object.entries(command.options).find(([key, option]) => option.required && values[key] === undefined);
  if (missingOption) throw new CliError(`Missing ${missingOption[1].usage}. Usage: ${usageLine(command)}`, 'usage');
  for (const key of ['data-dir', 'templates-dir']) {
    if (values[key] === '') throw new CliError(`--${key} needs a folder. Usage: ${usageLine(command)}`, 'usage');
  }
  return { positionals: parsed.positionals, values };
}

/** `npm run` moves to the project folder, so relative paths are resolved against where the user typed the command (INIT_CWD). */
function resolvePath(file: string): string {
  return path.resolve(process.env['INIT_CWD'] || process.cwd(), file);
}

function stringOption(values: Record<string, string | boolean | string[] | undefined>, key: string): string | undefined {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
}

/** The API's message plus its first detail, which names the field at fault. */
function oneLine(error: ApiError): string {
  const detail = error.details?.[0];
  const message = detail ? `${error.message.replace(/\.$/, '')} (${detail.replace(/\.$/, '')}).` : error.message;
  return message.replace(/\s*\n\s*/g, ' ');
}

function helpText(): string {
  return [
    'Corporate Parenting Studio: the command line. It works on the same library as the app.',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(14)}${command.summary}`),
    '',
    'Every command takes:',
    '  --data-dir DIR       the library folder (default: the app\'s own, ' + defaultDataDir() + ')',
    '  --templates-dir DIR  where templates are read from (default: the templates shipped with the app)',
    '  --json               machine-readable output',
    '',
    `"${PROGRAM} --version" prints the version.`,
    `Run "${PROGRAM} COMMAND --help" for a command's options.`,
  ].join('\n');
}

function commandHelp(command: Command): string {
  const options = Object.values(command.options).map((option) => `  ${option.usage.padEnd(20)} ${option.description}`);
  return [`${command.summary}`, '', `Usage: ${usageLine(command)}`, ...(options.length > 0 ? ['', ...options] : [])].join('\n');
}
