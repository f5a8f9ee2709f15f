// Renders build/icon.svg to build/icon.png (512×512), the one icon
// electron-builder needs: it derives the Windows .ico and macOS .icns from it.
// Uses headless Chromium because it renders SVG faithfully and is already
// installed for the end-to-end tests. Run by hand after editing the SVG; the
// PNG is committed so packaging does not depend on a browser.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build');
const browser = process.env.CHROMIUM_PATH ?? 'chromium';
const result = spawnSync(
  browser,
  [
    '--headless',
    '--no-sandbox',
    '--hide-scrollbars',
    '--default-background-color=00000000',
    '--window-size=512,512',
    `--screenshot=${path.join(buildDir, 'icon.png')}`,
    pathToFileURL(path.join(buildDir, 'icon.svg')).href,
  ],
  { stdio: 'ignore', timeout: 60_000 },
);
if (result.status !== 0) {
  console.error(`Could not render the icon with "${browser}" (set CHROMIUM_PATH to a Chromium or Chrome binary).`);
  process.exitCode = 1;
}
