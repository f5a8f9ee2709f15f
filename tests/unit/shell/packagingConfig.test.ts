import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

/** electron-builder.yml as electron-builder itself reads and checks it when packaging. */
async function packagingConfig() {
  const config = await getConfig(root, 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('the packaged app', () => {
  it('flips the Electron fuses that stop it being used to run other code', async () => {
    const config = await packagingConfig();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // The two fuses about app.asar mean nothing unless the app is packed into one.
    expect(config.asar).toBe(true);
  });

  it('is refused by electron-builder when an option is misspelt, so the check above reads what packaging reads', async () => {
    const config = await getConfig(root, 'electron-builder.yml', null);
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } as never }, new DebugLogger(false))).rejects.toThrow(
      /electronFuses/,
    );
  });
});
