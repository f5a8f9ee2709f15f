import fs from 'node:fs';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { ENGLAND } from './helpers.js';
void (async () => { for (const f of process.argv.slice(2)) { const p = await proposeImport({ name: f, bytes: new Uint8Array(fs.readFileSync(f)) }, { template: ENGLAND });
console.log('==', f, JSON.stringify(p.cover));
for (const part of p.parts) console.log(`[${part.heading?.level ?? '-'}|${part.parentIndex}] ${part.heading?.text ?? '(none)'} -> ${part.section} :: ${part.preview.slice(0, 150)}`); } })();
