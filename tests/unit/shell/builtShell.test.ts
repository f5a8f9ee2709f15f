import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, type DesktopBridge, type MenuCommand } from '../../../shared/api/bridge.js';
import type { MenuItem } from './harness/fakeElectron.js';
import { root, startBuiltShell, type RunningShell } from './harness/builtShell.js';

// The built desktop shell, run under Node with a stand-in for Electron and
// judged from the outside: what window it opens, what it lets the page do,
// and the preload's API used end to end against the real core.

let shell: RunningShell;
let outDir: string;

beforeAll(async () => {
  shell = await startBuiltShell();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-shell-out-'));
}, 120_000);

afterAll(() => {
  shell?.stop();
  for (const dir of [shell?.dataDir, outDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function theWindow() {
  const [window, ...others] = shell.fake.windows;
  if (!window || others.length > 0) throw new Error(`The shell opened ${shell.fake.windows.length} windows, not one`);
  return window;
}

function openPage() {
  const window = theWindow();
  const page = shell.fake.loadPreload(window, String(window.options.webPreferences?.['preload']));
  const bridge = page.mainWorld[BRIDGE_KEY] as DesktopBridge | undefined;
  if (!bridge) throw new Error(`The preload exposed ${JSON.stringify(Object.keys(page.mainWorld))}, not ${BRIDGE_KEY}`);
  return { page, bridge };
}

/** Finds an item by the label the user reads: "&File" shows as File, "&&" as "&". */
function menuItem(labels: string[]): MenuItem {
  let items = shell.fake.record.applicationMenu ?? [];
  let found: MenuItem | undefined;
  for (const label of labels) {
    found = items.find((item) => item.label?.replace(/&(&?)/g, '$1') === label);
    if (!found) throw new Error(`No menu item "${label}" among ${JSON.stringify(items.map((item) => item.label ?? item.role))}`);
    items = found.submenu ?? [];
  }
  if (!found) throw new Error('No menu path given');
  return found;
}

async function newDraft(bridge: DesktopBridge, title: string): Promise<string> {
  const templates = (await bridge.call('templates.list', {})) as { ok: true; value: { templates: { id: string }[] } };
  expect(templates.ok).toBe(true);
  const created = await bridge.call('drafts.create', { templateId: templates.value.templates[0]?.id, title, council: 'Testshire' });
  if (!created.ok) throw new Error(`drafts.create failed: ${JSON.stringify(created)}`);
  return (created.value as { id: string }).id;
}

describe('the built shell opens one locked-down window', () => {
  it('with context isolation, sandbox and web security on and Node integration off', () => {
    const preferences = theWindow().options.webPreferences;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, webSecurity: true, nodeIntegration: false, webviewTag: false });
    expect(shell.fake.record.errorBoxes).toEqual([]);
  });

  it('names a preload that the build emitted', () => {
    const preload = String(theWindow().options.webPreferences?.['preload']);
    expect(path.isAbsolute(preload)).toBe(true);
    expect(path.relative(path.join(root, 'dist'), preload).startsWith('..')).toBe(false);
    expect(fs.existsSync(preload)).toBe(true);
  });

  it('loads the built page, whose scripts and styles exist, and shows the window once painted', () => {
    const window = theWindow();
    expect(window.loaded).toHaveLength(1);
    const page = window.loaded[0] ?? '';
    expect(path.relative(path.join(root, 'dist', 'renderer'), page)).toBe('index.html');
    expect(window.webContents.url).toBe(pathToFileURL(page).href);
    const html = fs.readFileSync(page, 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '').filter((ref) => !/^[a-z]+:/i.test(ref));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(fs.existsSync(path.resolve(path.dirname(page), asset)), asset).toBe(true);
    expect(window.visible).toBe(true);
  });
});

describe('the preload and main agree on their channels', () => {
  it('every channel the preload uses is handled or sent by main, and every one main handles is used', async () => {
    const { page, bridge } = openPage();
    const heard: MenuCommand[] = [];
    bridge.onMenuCommand((command) => heard.push(command));
    expect((await bridge.call('library.status', {})).ok).toBe(true);
    shell.fake.answerSaveDialog({ canceled: true });
    expect(await bridge.saveFile?.('x.pdf', '')).toEqual({ saved: false });
    menuItem(['File', 'Save now']).click?.({}, theWindow(), {});

    expect([...page.invokedChannels].sort()).toEqual([...shell.fake.handlers.keys()].sort());
    const sentByMain = new Set(theWindow().webContents.sent.map((message) => message.channel));
    expect(sentByMain.size).toBeGreaterThan(0);
    for (const channel of sentByMain) expect(page.listenedChannels).toContain(channel);
    expect(heard).toEqual([{ type: 'save-now' }]);
  });

  it('exposes functions only, never ipcRenderer itself', () => {
    const { page, bridge } = openPage();
    expect(Object.keys(page.mainWorld)).toEqual([BRIDGE_KEY]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onMenuCommand', 'saveFile']);
  });
});

describe('the window cannot be led away from the app', () => {
  it('refuses navigation and redirects anywhere but its own page', () => {
    const contents = theWindow().webContents;
    for (const kind of ['will-navigate', 'will-redirect'] as const) {
      expect(contents.tryNavigation(kind, 'https://example.org/')).toBe(false);
      expect(contents.tryNavigation(kind, pathToFileURL(path.join(root, 'README.md')).href)).toBe(false);
      expect(contents.tryNavigation(kind, 'javascript:alert(1)')).toBe(false);
      expect(contents.tryNavigation(kind, contents.url)).toBe(true);
    }
    expect(contents.tryAttachWebview()).toBe(false);
  });

  it('opens no new windows; web links go to the user’s browser, anything else nowhere', () => {
    const contents = theWindow().webContents;
    const opened = shell.fake.record.openedExternal;
    expect(contents.windowOpenHandler?.({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.gov.uk/']);
    expect(shell.fake.windows).toHaveLength(1);
  });

  it('confines web contents created later as well', () => {
    const later = theWindow().webContents.constructor as new () => ReturnType<typeof theWindow>['webContents'];
    const contents = new later();
    shell.fake.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.tryNavigation('will-navigate', 'https://example.org/')).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and check, and adds the content security policy to responses', () => {
    const { permissionRequestHandler, permissionCheckHandler, headersHandler } = shell.fake.record;
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const answer = vi.fn();
      permissionRequestHandler?.(theWindow().webContents, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
      expect(permissionCheckHandler?.(theWindow().webContents, permission)).toBe(false);
    }
    let headers: Record<string, string[]> | undefined;
    headersHandler?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (headers = response.responseHeaders));
    expect(headers?.['Content-Type']).toEqual(['text/html']);
    expect(headers?.['Content-Security-Policy']?.[0]).toMatch(/default-src 'none'|default-src 'self'/);
  });

  it('answers only its own page: a page elsewhere can neither call the library nor save files', async () => {
    const { bridge } = openPage();
    const contents = theWindow().webContents;
    const own = contents.url;
    contents.url = 'https://example.org/';
    try {
      const call = await bridge.call('drafts.list', { scope: 'active' });
      expect(call.ok).toBe(false);
      const dialogsBefore = shell.fake.record.saveDialogs.length;
      const save = await bridge.saveFile?.('x.pdf', 'AAAA');
      expect(save?.saved).toBe(false);
      expect(save?.error).toMatch(/own page/);
      expect(shell.fake.record.saveDialogs).toHaveLength(dialogsBefore);
    } finally {
      contents.url = own;
    }
  });
});

describe('the preload’s API, end to end against the real core', () => {
  it('creates a draft, exports it and saves the Word file where the user chose', async () => {
    const { bridge } = openPage();
    const id = await newDraft(bridge, 'Our promise');
    const listed = (await bridge.call('drafts.list', { scope: 'active' })) as { ok: true; value: { id: string; title: string }[] };
    expect(listed.value.map((draft) => draft.title)).toContain('Our promise');

    const exported = (await bridge.call('drafts.export', { id, format: 'docx', final: false })) as {
      ok: true;
      value: { fileName: string; dataBase64: string };
    };
    expect(exported.ok).toBe(true);
    const destination = path.join(outDir, 'chosen name.docx');
    fs.writeFileSync(destination, 'an older file the Save dialog already asked about');
    const older = fs.statSync(destination).ino;
    shell.fake.answerSaveDialog({ canceled: false, filePath: destination });

    const saved = await bridge.saveFile?.(exported.value.fileName, exported.value.dataBase64);
    expect(saved).toEqual({ saved: true, path: destination });
    const dialog = shell.fake.record.saveDialogs.at(-1);
    expect(dialog?.parent).toBe(true);
    expect(dialog?.options.defaultPath).toBe(exported.value.fileName);
    expect(dialog?.options.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect(fs.readFileSync(destination)).toEqual(Buffer.from(exported.value.dataBase64, 'base64'));
    expect(fs.readFileSync(destination).subarray(0, 2).toString()).toBe('PK');
    // Written beside and renamed into place, so a failed save cannot leave half a file: the name now
    // points at a new file, not the old one rewritten in place, and nothing else is left in the folder.
    expect(fs.statSync(destination).ino).not.toBe(older);
    expect(fs.readdirSync(outDir)).toEqual(['chosen name.docx']);
  });

  it('rejects a bad call with a clear error rather than throwing across the bridge', async () => {
    const { bridge } = openPage();
    const unknown = await bridge.call('drafts.destroyEverything', {});
    expect(unknown.ok).toBe(false);
    const invalid = await bridge.call('drafts.create', { templateId: 42 });
    expect(invalid.ok).toBe(false);
  });

  it('never saves into the library’s folder, however the path is spelled, and leaves the folder as it was', async () => {
    const { bridge } = openPage();
    const before = fs.readdirSync(shell.dataDir).sort();
    const link = path.join(outDir, 'looks-harmless');
    fs.symlinkSync(shell.dataDir, link);
    for (const filePath of [path.join(shell.dataDir, 'export.pdf'), path.join(shell.dataDir, 'library.sqlite'), path.join(link, 'export.pdf')]) {
      shell.fake.answerSaveDialog({ canceled: false, filePath });
      const saved = await bridge.saveFile?.('export.pdf', Buffer.from('%PDF-1.7').toString('base64'));
      expect(saved?.saved).toBe(false);
      expect(saved?.error).toMatch(/folder that holds the library/);
    }
    expect(fs.readdirSync(shell.dataDir).sort()).toEqual(before);
    fs.unlinkSync(link);
  });

  it('writes nothing when the user cancels or the payload is not a file', async () => {
    const { bridge } = openPage();
    const before = fs.readdirSync(outDir);
    shell.fake.answerSaveDialog({ canceled: true });
    expect(await bridge.saveFile?.('a.pdf', 'AAAA')).toEqual({ saved: false });
    const dialogs = shell.fake.record.saveDialogs.length;
    const odd = await bridge.saveFile?.('a.pdf', 'not base64!');
    expect(odd?.saved).toBe(false);
    expect(odd?.error).toMatch(/nothing was written/);
    expect(shell.fake.record.saveDialogs).toHaveLength(dialogs);
    expect(fs.readdirSync(outDir)).toEqual(before);
  });
});

describe('the menu', () => {
  it('sends its commands to the page, which hears them until it stops listening', () => {
    const { bridge } = openPage();
    const heard: MenuCommand[] = [];
    const stop = bridge.onMenuCommand((command) => heard.push(command));
    menuItem(['File', 'New from template…']).click?.({}, theWindow(), {});
    menuItem(['File', 'Export…']).click?.({}, theWindow(), {});
    // With no window given (a menu opened while nothing has focus), the app's own window.
    menuItem(['File', 'Save now']).click?.({}, undefined, {});
    stop();
    menuItem(['File', 'Save now']).click?.({}, theWindow(), {});
    expect(heard).toEqual([{ type: 'new-from-template' }, { type: 'export' }, { type: 'save-now' }]);
  });

  it('lists a new draft under Open recent, which opens it in the page', async () => {
    const { bridge } = openPage();
    const id = await newDraft(bridge, 'Recent & relevant');
    await vi.waitFor(() => menuItem(['File', 'Open recent', 'Recent & relevant — Testshire']), { timeout: 5000 });
    const heard: MenuCommand[] = [];
    bridge.onMenuCommand((command) => heard.push(command));
    menuItem(['File', 'Open recent', 'Recent & relevant — Testshire']).click?.({}, theWindow(), {});
    expect(heard).toEqual([{ type: 'open-draft', id }]);
  });

  it('opens the guide with the user’s own viewer', () => {
    menuItem(['Help', 'Using Corporate Parenting Studio']).click?.({}, theWindow(), {});
    expect(shell.fake.record.openedPaths).toEqual([path.join(root, 'README.md')]);
  });
});

describe('closing', () => {
  it('remembers where the window was and quits when the last window closes', () => {
    const window = theWindow();
    window.emit('close', {});
    const state = JSON.parse(fs.readFileSync(path.join(shell.dataDir, 'window-state.json'), 'utf8')) as unknown;
    expect(state).toMatchObject({ bounds: window.getNormalBounds(), maximised: false });
    shell.fake.appEvents.emit('window-all-closed');
    expect(shell.fake.record.quit).toBe(process.platform !== 'darwin');
  });
});
