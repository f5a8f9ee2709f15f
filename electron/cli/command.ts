import type { Method, Request, Response } from '../../shared/api/contract.js';
import type { ApiResult } from '../../shared/api/errors.js';
import type { ExportedFile, ExportToFileRequest } from '../core/handlers/export.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Shown in help, e.g. "--title T". */
  usage: string;
  description: string;
  required?: boolean;
  /** May be given more than once; its value is then the list, in the order given. */
  multiple?: boolean;
}

export interface CommandContext {
  /** The positional arguments, already checked against the command's `arguments`. */
  args: string[];
  options: Record<string, string | boolean | string[] | undefined>;
  json: boolean;
  io: CliIO;
  /** A path from the command line, resolved against the folder the user ran the command in. */
  resolvePath(file: string): string;
  /** Calls the core through the same validating dispatcher as the app; a failure becomes a `CliError`. */
  call<M extends Method>(method: M, request: Request<M>): Promise<Response<M>>;
  /** The same, but hands back the failure for commands that can carry on without the answer. */
  attempt<M extends Method>(method: M, request: Request<M>): Promise<ApiResult<Response<M>>>;
  /** Writes an export to a path: the core's own function, which no API method offers; a failure becomes a `CliError`. */
  exportToFile(request: ExportToFileRequest): Promise<ExportedFile>;
}

/** One CLI command: adding a command is one module exporting this and one line in `commands/index.ts`. */
export interface Command {
  name: string;
  summary: string;
  /** Required positional arguments in order, named as in the usage line (e.g. "ID"). */
  arguments: string[];
  options: Record<string, OptionSpec>;
  run(context: CommandContext): Promise<void>;
}

/** A failure to report as one line on stderr; `usage` failures exit 2, others 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'failure' = 'failure',
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const PROGRAM = 'npm run cli --';

export function usageLine(command: Command): string {
  const options = Object.values(command.options).map((option) => (option.required ? option.usage : `[${option.usage}]`));
  return [PROGRAM, command.name, ...command.arguments, ...options, '[--data-dir DIR] [--json]'].join(' ');
}
