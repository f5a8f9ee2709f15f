export interface WebHostArgs {
  dataDir?: string;
  /** 0 lets the system pick a free port. */
  port: number;
}

export type ParsedArgs = { ok: true; args: WebHostArgs } | { ok: false; message: string };

/**
 * Reads `--data-dir DIR` and `--port N` (or `--flag=value`). Anything else
 * is refused with one clear line rather than silently ignored, so a typo
 * never starts the host on the wrong library.
 */
export function parseWebHostArgs(argv: readonly string[]): ParsedArgs {
  const args: WebHostArgs = { port: 0 };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--data-dir' && flag !== '--port') return { ok: false, message: `Unknown argument "${arg}". Use --data-dir DIR and --port N.` };
    const value = inlineValue ?? argv[index + 1];
    if (inlineValue === undefined) index += 1;
    if (value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'))) {
      return { ok: false, message: `${flag} needs a value.` };
    }
    if (flag === '--data-dir') {
      args.dataDir = value;
    } else {
      const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
      if (!(port >= 0 && port <= 65535)) return { ok: false, message: `--port must be a whole number from 0 to 65535, not "${value}".` };
      args.port = port;
    }
  }
  return { ok: true, args };
}
