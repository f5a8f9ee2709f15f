import fs from 'node:fs';
import path from 'node:path';
import { PACK_FILE_SCHEMAS, packSchemaJson } from '../shared/template/packSchemaJson.js';

// Rewrites templates/schema/ after a change to the pack's zod schemas.
const dir = path.resolve(import.meta.dirname, '../templates/schema');
fs.mkdirSync(dir, { recursive: true });
for (const name of Object.keys(PACK_FILE_SCHEMAS) as (keyof typeof PACK_FILE_SCHEMAS)[]) {
  fs.writeFileSync(path.join(dir, name), packSchemaJson(name));
  console.log(`wrote templates/schema/${name}`);
}
