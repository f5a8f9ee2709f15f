import { z } from 'zod';
import { packRulesFileSchema } from '../completeness/registry.js';
import { importCuesSchema, lawLibrarySchema, packFileSchema, terminologySchema } from './template.js';

/**
 * The JSON Schema of each file of a pack, made from the same zod schemas the
 * loader validates with, so the two cannot disagree. They are written to
 * `templates/schema/` (`npm run pack-schema`) for pack authors' editors; a
 * test fails when the written copies are out of date.
 */
export const PACK_FILE_SCHEMAS = {
  'pack.schema.json': { title: 'pack.json: a domain pack and its sections', schema: packFileSchema },
  // With each registered rule and its params, which the loader checks against the rule registry.
  'rules.schema.json': { title: 'rules.json: the checks each section and the whole document run', schema: packRulesFileSchema() },
  'import.schema.json': { title: 'import.json: what import looks for in headings and text', schema: importCuesSchema },
  'law.schema.json': { title: 'law.json: the law library and the duties the document must address', schema: lawLibrarySchema },
  'terminology.schema.json': { title: 'terminology.json: words to prefer, avoid and define', schema: terminologySchema },
} as const;

export function packSchemaJson(name: keyof typeof PACK_FILE_SCHEMAS): string {
  const { title, schema } = PACK_FILE_SCHEMAS[name];
  // "input": the file as written, where fields with a default may be left out.
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  return `${JSON.stringify(json, null, 2)}\n`;
}
