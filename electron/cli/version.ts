import packageJson from '../../package.json';

/** What `--version` prints: the launcher answers it alone, without loading the command line (launcher.ts), and runCli in every other host. */
export const VERSION_LINE = `${packageJson.productName} ${packageJson.version}`;
