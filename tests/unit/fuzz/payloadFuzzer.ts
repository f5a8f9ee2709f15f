import { METHODS, type Method } from '../../../shared/api/contract.js';
import { seededRandom } from '../../fixtures/seededRandom.js';

export interface FuzzCase {
  method: string;
  payload: unknown;
  /** How the payload was made, for the failure message. */
  recipe: string;
}

function nested(levels: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let level = 0; level < levels; level += 1) value = wrap(value);
  return value;
}

/** Values a careless or hostile caller might put anywhere in a payload. */
function hostileValues(random: () => number): unknown[] {
  const length = 1 + Math.floor(random() * 5000);
  return [
    null,
    undefined,
    true,
    0,
    -1,
    -0,
    0.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    'x'.repeat(length),
    'x'.repeat(100_000),
    '\u0000',
    '../../../../etc/passwd',
    'C:\\Windows\\System32\\config',
    '<script>alert(1)</script>',
    '\u202e\u0645\u0631\u062d\u0628\u0627 👩🏽‍🚀 \ud800',
    'SELECT * FROM drafts; --',
    '__proto__',
    [],
    [1, 'two', null],
    Array.from({ length: 2000 }, (_, index) => index),
    {},
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
    { type: 'doc', content: 'not an array' },
    { type: 'doc', content: [{ type: 'text' }] },
    { type: 'x'.repeat(100), attrs: { level: Infinity } },
    nested(1000, { type: 'text', text: 'deep' }, (inner) => ({ type: 'blockquote', content: [inner] })),
    nested(300, 1, (inner) => [inner]),
    nested(300, {}, (inner) => ({ a: inner })),
  ];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Every path to a value inside `value`, objects and arrays alike, up to `maxDepth`. */
function paths(value: unknown, maxDepth = 6, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object' || prefix.length >= maxDepth) return [prefix];
  const children = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...children.flatMap((key) => paths((value as Record<string | number, unknown>)[key], maxDepth, [...prefix, key]))];
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const copy = { ...(value as Record<string, unknown>) };
  Object.defineProperty(copy, head, { value: replaceAt(copy[head], rest, replacement), enumerable: true, writable: true, configurable: true });
  return copy;
}

function removeAt(value: unknown, path: (string | number)[]): unknown {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  let parent: unknown = value;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  if (Array.isArray(parent)) return replaceAt(value, parentPath, parent.filter((_, index) => index !== key));
  const { [key]: _removed, ...rest } = parent as Record<string | number, unknown>;
  return replaceAt(value, parentPath, rest);
}

const UNKNOWN_METHODS = ['', 'drafts', 'drafts.exportToFile', 'library.delete', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'drafts.open ', 'DRAFTS.OPEN', 'x'.repeat(10_000)];

/**
 * Payloads made by mutating a valid one: a value anywhere swapped for a
 * hostile one, a field removed or added, the whole payload replaced, or the
 * method name itself wrong. Most are invalid; a few stay valid by chance,
 * which is fine: the property tested is that every call is answered as a
 * typed result, quickly.
 */
export function fuzzCases(seed: number, count: number, valid: Record<Method, Record<string, unknown>>): FuzzCase[] {
  const random = seededRandom(seed);
  const cases: FuzzCase[] = [];
  for (let index = 0; index < count; index += 1) {
    const method = METHODS[index % METHODS.length] as Method;
    const base = valid[method];
    const hostile = hostileValues(random);
    const fields = paths(base).filter((path) => path.length > 0);
    const nodes = fields.filter((path) => isNode(valueAt(base, path)));
    const roll = random();
    if (roll < 0.05) {
      cases.push({ method: pick(random, UNKNOWN_METHODS), payload: base, recipe: 'unknown method' });
    } else if (roll < 0.15) {
      const value = pick(random, hostile);
      cases.push({ method, payload: value, recipe: `whole payload replaced by ${describe(value)}` });
    } else if (roll < 0.3 && fields.length > 0) {
      const target = pick(random, fields);
      cases.push({ method, payload: removeAt(base, target), recipe: `removed ${target.join('.')}` });
    } else if (roll < 0.4) {
      const target = fields.length > 0 ? pick(random, fields) : ['unexpected'];
      const parentPath = target.slice(0, -1);
      cases.push({ method, payload: replaceAt(base, [...parentPath, 'unexpected'], pick(random, hostile)), recipe: `added unexpected at ${parentPath.join('.') || 'top'}` });
    } else if (roll < 0.5 && nodes.length > 0) {
      // Documents are the one recursive part of the contract, so they get hostile shapes of their own.
      const target = pick(random, nodes);
      const levels = pick(random, [50, 120, 1000, 2000]);
      const value = nested(levels, { type: 'text', text: 'deep' }, (inner) => ({ type: pick(random, ['blockquote', 'bullet_list', 'list_item', 'paragraph']), content: [inner] }));
      cases.push({ method, payload: replaceAt(base, target, value), recipe: `${target.join('.')} = a document nested ${levels} levels deep` });
    } else {
      const target = pick(random, paths(base));
      const value = pick(random, hostile);
      cases.push({ method, payload: replaceAt(base, target, value), recipe: `${target.join('.') || 'payload'} = ${describe(value)}` });
    }
  }
  return cases;
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown> | undefined)?.[key], value);
}

function isNode(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
