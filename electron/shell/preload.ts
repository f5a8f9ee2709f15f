import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, IPC_CALL_CHANNEL, IPC_MENU_CHANNEL, IPC_SAVE_FILE_CHANNEL, type DesktopBridge, type MenuCommand } from '../../shared/api/bridge.js';

/**
 * The page's only way out of its sandbox: the API call, saving an export
 * through the native Save dialog, and menu commands.
 * ipcRenderer itself and the IPC event objects never reach the page, so it
 * cannot send on other channels.
 */
const bridge: DesktopBridge = {
  call: (method, payload) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, payload),
  saveFile: (fileName, dataBase64) => ipcRenderer.invoke(IPC_SAVE_FILE_CHANNEL, fileName, dataBase64),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(IPC_MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_MENU_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
