// Types for scripts/electronNative.mjs, which runs under plain Node (no TypeScript) from `npm start`.
export function electronNativeFiles(root: string): { dir: string; binding: string; versionFile: string };
export function electronBuildIsCurrent(root: string, electronVersion: string): boolean;
export function probeNativeBinding(runtime: string, root: string, binding: string): string | undefined;
export function browserModeNotice(reason: string): string;
