/**
 * The installed app's command line. Its fuses forbid running the app as a
 * plain Node (see electron-builder.yml), so the CLI that `npm run cli` runs
 * in a checkout cannot run from an installed copy that way; instead the app
 * itself, started with `--cli` and the CLI's arguments, runs the same
 * command line without opening a window, writes to stdout and stderr and
 * exits with the command's code. No `electron` import here, so the
 * argument handling is tested under plain Node.
 */

export const CLI_SWITCH = '--cli';

/**
 * The CLI's own arguments when the app was started as a command line, else
 * undefined (start the window). Everything after the first `--cli` belongs to
 * the CLI, word for word; what comes before it is Electron's and the
 * system's (the executable, in development the app folder, a macOS process
 * serial number), so `--cli` is looked for only among the app's arguments.
 * `--cli` alone gives no arguments: the CLI then prints its help.
 */
export function cliArguments(argv: readonly string[]): string[] | undefined {
  const at = argv.indexOf(CLI_SWITCH, 1);
  return at < 0 ? undefined : argv.slice(at + 1);
}
