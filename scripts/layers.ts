import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * Which code may import which, by where it runs. The compiler and ESLint
 * refuse the commonest mistakes (Node in the renderer, `electron` in the
 * core); this check covers every import form (static, `export from`,
 * `import()`, `require`) and the rules that are about our own folders, which
 * neither tool can express. `npm test` runs it over the tree, and
 * tests/unit/layers.test.ts proves each rule with a file that breaks it.
 */
export interface LayerRule {
  /** Said when the rule is broken. */
  name: string;
  /** Repository-relative folders (ending in `/`) whose files the rule governs. */
  appliesTo: readonly string[];
  /** Files under `appliesTo` that the rule does not govern, with the reason in a comment beside them. */
  except?: readonly string[];
  /** When set, our own code may be imported only from these folders. */
  mayReachOnly?: readonly string[];
  /** Our own folders that may not be imported. */
  mayNotReach?: readonly string[];
  /** Packages that may not be imported (exact names). */
  forbiddenPackages?: readonly string[];
  /** Refuse Node's built-in modules, with or without the `node:` prefix. */
  noNodeBuiltins?: boolean;
}

const NODE_ONLY_PACKAGES = ['electron', 'better-sqlite3'];

export const LAYER_RULES: readonly LayerRule[] = [
  {
    name: 'the renderer runs in a browser page and reaches the core only through shared/ (the API contract)',
    appliesTo: ['renderer/'],
    // Vite's config is read by the build tool in Node, not bundled into the page.
    except: ['renderer/vite.config.ts'],
    mayReachOnly: ['renderer/', 'shared/'],
    forbiddenPackages: NODE_ONLY_PACKAGES,
    noNodeBuiltins: true,
  },
  {
    name: 'shared/ runs anywhere (renderer, core, CLI), so it reaches only itself and no Node API',
    appliesTo: ['shared/'],
    mayReachOnly: ['shared/'],
    forbiddenPackages: NODE_ONLY_PACKAGES,
    noNodeBuiltins: true,
  },
  {
    name: 'the core, CLI and web host run in plain Node: no electron, no renderer code, no shell code',
    appliesTo: ['electron/core/', 'electron/cli/', 'electron/webhost/'],
    mayNotReach: ['renderer/', 'electron/shell/'],
    forbiddenPackages: ['electron'],
  },
  {
    name: 'the PDF exporter does not depend on the Word exporter (both render the shared print model)',
    appliesTo: ['electron/core/export/pdf/'],
    mayNotReach: ['electron/core/export/docx/'],
  },
];

export interface SourceFile {
  /** Repository-relative, with `/` separators. */
  path: string;
  text: string;
}

export interface LayerViolation {
  file: string;
  specifier: string;
  rule: string;
}

const builtins = new Set(builtinModules);

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? specifier);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Every module a file names, in any import form. */
export function importedSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

function breaks(rule: LayerRule, file: string, specifier: string): boolean {
  if (specifier.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    if (rule.mayReachOnly && !rule.mayReachOnly.some((folder) => target.startsWith(folder))) return true;
    return (rule.mayNotReach ?? []).some((folder) => target.startsWith(folder));
  }
  if (rule.noNodeBuiltins && isNodeBuiltin(specifier)) return true;
  return (rule.forbiddenPackages ?? []).includes(packageName(specifier));
}

export function findLayerViolations(files: readonly SourceFile[], rules: readonly LayerRule[] = LAYER_RULES): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const file of files) {
    for (const rule of rules) {
      if (!rule.appliesTo.some((folder) => file.path.startsWith(folder))) continue;
      if (rule.except?.includes(file.path)) continue;
      for (const specifier of importedSpecifiers(file.text)) {
        if (breaks(rule, file.path, specifier)) violations.push({ file: file.path, specifier, rule: rule.name });
      }
    }
  }
  return violations;
}
