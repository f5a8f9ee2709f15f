// The core, CLI and web host run in plain Node, where the `electron` module
// does not exist. electron/core/tsconfig.json resolves `electron` to this
// file, which is deliberately not a module, so any import of it fails to
// compile here ("is not a module") instead of failing at run time.
