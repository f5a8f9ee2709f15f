import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

/**
 * A stand-in for the parts of the `electron` module the shell uses, faithful
 * where a mistake would otherwise only show on a machine with the binary:
 * IPC arguments and results are structured-cloned, `invoke` on a channel
 * nobody handles rejects, `contextBridge` refuses to work without context
 * isolation, `loadFile` of a missing page rejects, and the sandboxed preload
 * can require only what Electron's sandbox allows. Any property the shell
 * reads that is not modelled here throws, so the fake cannot silently answer
 * `undefined` where Electron would have done something.
 */

export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string;
}

interface NavigationEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type IpcHandler = (event: { sender: FakeWebContents; senderFrame: { url: string } }, ...args: unknown[]) => unknown;

export interface MenuItem {
  label?: string;
  role?: string;
  submenu?: MenuItem[];
  enabled?: boolean;
  click?: (item: unknown, window: unknown, event: unknown) => void;
}

/** The renderer side of one window: what its preload put on the page and what it hears. */
export interface FakePage {
  mainWorld: Record<string, unknown>;
  /** Channels the preload listens on with ipcRenderer.on. */
  listenedChannels: Set<string>;
  /** Channels the preload invokes, in the order first used. */
  invokedChannels: Set<string>;
}

export class FakeWebContents extends EventEmitter {
  url = '';
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly rendererListeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    const cloned = args.map((arg) => structuredClone(arg));
    this.sent.push({ channel, args: cloned });
    for (const listener of this.rendererListeners.get(channel) ?? []) listener({}, ...cloned);
  }

  /** What Electron does when the page tries to go to `url`: true when the shell let it. */
  tryNavigation(kind: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = navigationEvent();
    this.emit(kind, event, url);
    return !event.defaultPrevented;
  }

  tryAttachWebview(): boolean {
    const event = navigationEvent();
    this.emit('will-attach-webview', event, {}, {});
    return !event.defaultPrevented;
  }
}

function navigationEvent(): NavigationEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export interface FakeElectronOptions {
  /** What app.getAppPath() answers: the folder Electron was started on. */
  appPath: string;
  version: string;
  /** True for the installed app, false when started from a checkout. */
  isPackaged: boolean;
}

export function createFakeElectron(options: FakeElectronOptions) {
  const appEvents = new EventEmitter();
  const windows: FakeBrowserWindow[] = [];
  const handlers = new Map<string, IpcHandler>();
  const paths = new Map<string, string>();
  const saveDialogAnswers: SaveDialogAnswer[] = [];
  const record = {
    switches: [] as string[][],
    errorBoxes: [] as { title: string; content: string }[],
    saveDialogs: [] as { options: { defaultPath?: string; filters?: unknown[] }; parent: boolean }[],
    openedExternal: [] as string[],
    openedPaths: [] as string[],
    exitCode: undefined as number | undefined,
    quit: false,
    applicationMenu: undefined as MenuItem[] | undefined,
    permissionRequestHandler: undefined as ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
    permissionCheckHandler: undefined as ((contents: unknown, permission: string) => boolean) | undefined,
    headersHandler: undefined as
      | ((details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void)
      | undefined,
  };

  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = strict('webContents', new FakeWebContents());
    readonly loaded: string[] = [];
    visible = false;
    maximised = false;
    minimised = false;
    focused = false;

    constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
      super();
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
      return strict('BrowserWindow', this);
    }

    static fromWebContents(contents: unknown): FakeBrowserWindow | null {
      return windows.find((window) => window.webContents === contents) ?? null;
    }

    static getFocusedWindow(): FakeBrowserWindow | null {
      return windows.find((window) => window.focused) ?? null;
    }

    async loadFile(file: string): Promise<void> {
      this.loaded.push(file);
      if (!fs.existsSync(file)) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${pathToFileURL(file).href}'`);
      this.webContents.url = pathToFileURL(path.resolve(file)).href;
      this.emit('ready-to-show');
    }

    show(): void {
      this.visible = true;
    }
    maximize(): void {
      this.maximised = true;
    }
    isMaximized(): boolean {
      return this.maximised;
    }
    isMinimized(): boolean {
      return this.minimised;
    }
    restore(): void {
      this.minimised = false;
    }
    focus(): void {
      this.focused = true;
    }
    getNormalBounds() {
      const { x, y, width, height } = this.options as unknown as Record<'x' | 'y' | 'width' | 'height', number>;
      return { x, y, width, height };
    }
  }

  const app = strict('app', {
    isPackaged: options.isPackaged,
    on: (name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener),
    once: (name: string, listener: (...args: unknown[]) => void) => appEvents.once(name, listener),
    whenReady: () => whenReady,
    setPath: (name: string, value: string) => paths.set(name, value),
    getPath: (name: string) => {
      const value = paths.get(name);
      if (value === undefined) throw new Error(`Failed to get '${name}' path`);
      return value;
    },
    getAppPath: () => options.appPath,
    getVersion: () => options.version,
    commandLine: strict('commandLine', { appendSwitch: (...args: string[]) => record.switches.push(args) }),
    requestSingleInstanceLock: () => true,
    setAboutPanelOptions: () => undefined,
    quit: () => {
      record.quit = true;
    },
    exit: (code = 0) => {
      record.exitCode = code;
    },
  });

  const session = strict('session', {
    defaultSession: strict('defaultSession', {
      setPermissionRequestHandler: (handler: typeof record.permissionRequestHandler) => (record.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: typeof record.permissionCheckHandler) => (record.permissionCheckHandler = handler),
      setSpellCheckerLanguages: () => undefined,
      webRequest: strict('webRequest', { onHeadersReceived: (handler: typeof record.headersHandler) => (record.headersHandler = handler) }),
    }),
  });

  const mainModule = strict('electron', {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: strict('ipcMain', {
      handle(channel: string, handler: IpcHandler) {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, handler);
      },
    }),
    dialog: strict('dialog', {
      async showSaveDialog(parentOrOptions: unknown, maybeOptions?: unknown): Promise<SaveDialogAnswer> {
        const parent = maybeOptions !== undefined;
        record.saveDialogs.push({ options: (parent ? maybeOptions : parentOrOptions) as { defaultPath?: string }, parent });
        const answer = saveDialogAnswers.shift();
        if (!answer) throw new Error('The test did not say what the user answers in the Save dialog');
        return answer;
      },
      showErrorBox: (title: string, content: string) => record.errorBoxes.push({ title, content }),
    }),
    Menu: strict('Menu', {
      buildFromTemplate: (template: MenuItem[]) => ({ items: template }),
      setApplicationMenu: (menu: { items: MenuItem[] } | null) => (record.applicationMenu = menu?.items),
    }),
    shell: strict('shell', {
      openExternal: async (url: string) => void record.openedExternal.push(url),
      openPath: async (file: string) => {
        record.openedPaths.push(file);
        return '';
      },
    }),
    screen: strict('screen', {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1366, height: 728 } }),
    }),
    session,
  });

  /**
   * Runs a built preload as Electron's sandbox does: a CommonJS function whose
   * `require` knows only the renderer half of `electron` and a few harmless
   * modules, so a preload that needs anything else fails here as it would there.
   */
  function loadPreload(window: FakeBrowserWindow, preloadFile: string): FakePage {
    const page: FakePage = { mainWorld: {}, listenedChannels: new Set(), invokedChannels: new Set() };
    const contents = window.webContents;
    const ipcRenderer = strict('ipcRenderer', {
      async invoke(channel: string, ...args: unknown[]) {
        page.invokedChannels.add(channel);
        const handler = handlers.get(channel);
        if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
        const result = await handler({ sender: contents, senderFrame: { url: contents.url } }, ...args.map((arg) => structuredClone(arg)));
        return structuredClone(result);
      },
      on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
        page.listenedChannels.add(channel);
        const listeners = contents.rendererListeners.get(channel) ?? new Set();
        listeners.add(listener);
        contents.rendererListeners.set(channel, listeners);
        return ipcRenderer;
      },
      removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
        contents.rendererListeners.get(channel)?.delete(listener);
        return ipcRenderer;
      },
    });
    const rendererModule = strict('electron (renderer)', {
      ipcRenderer,
      contextBridge: strict('contextBridge', {
        exposeInMainWorld(key: string, api: unknown) {
          if (window.options.webPreferences?.['contextIsolation'] !== true) throw new Error('contextBridge API can only be used when contextIsolation is enabled');
          page.mainWorld[key] = api;
        },
      }),
    });
    const sandboxModules: Record<string, unknown> = { electron: rendererModule, events: EventEmitter };
    const sandboxRequire = (name: string): unknown => {
      if (!(name in sandboxModules)) throw new Error(`module not found: ${name}`);
      return sandboxModules[name];
    };
    const module = { exports: {} };
    const run = vm.compileFunction(fs.readFileSync(preloadFile, 'utf8'), ['require', 'module', 'exports', '__filename', '__dirname'], { filename: preloadFile });
    run(sandboxRequire, module, module.exports, preloadFile, path.dirname(preloadFile));
    return page;
  }

  return {
    module: mainModule,
    windows,
    handlers,
    record,
    appEvents,
    ready,
    loadPreload,
    answerSaveDialog: (answer: SaveDialogAnswer) => saveDialogAnswers.push(answer),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** Properties any module or object may be asked for by bundler interop or by awaiting it. */
const INTEROP = new Set(['__esModule', 'default', 'then', 'toJSON', 'constructor']);

function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'string' && !(property in object) && !INTEROP.has(property)) {
        throw new Error(`The Electron stand-in has no ${name}.${property}: model it before the shell relies on it`);
      }
      const value: unknown = Reflect.get(object, property, receiver);
      return typeof value === 'function' && !/^class\s/.test(Function.prototype.toString.call(value)) ? value.bind(object) : value;
    },
  });
}

const VIRTUAL_ELECTRON = path.join(path.sep, '__electron_stand_in__', 'electron.js');

/**
 * Makes `require('electron')` in this process answer the stand-in. Only the
 * harness does this; the built code is loaded exactly as produced.
 */
export function installFakeElectron(fake: FakeElectron): () => void {
  const moduleInternals = Module as unknown as {
    _resolveFilename: (request: string, ...rest: unknown[]) => string;
    _cache: Record<string, { id: string; filename: string; loaded: boolean; exports: unknown }>;
  };
  const original = moduleInternals._resolveFilename;
  moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? VIRTUAL_ELECTRON : original.call(this, request, ...rest);
  };
  moduleInternals._cache[VIRTUAL_ELECTRON] = { id: VIRTUAL_ELECTRON, filename: VIRTUAL_ELECTRON, loaded: true, exports: fake.module };
  return () => {
    moduleInternals._resolveFilename = original;
    Reflect.deleteProperty(moduleInternals._cache, VIRTUAL_ELECTRON);
  };
}
