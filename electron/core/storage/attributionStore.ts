import type { Database } from 'better-sqlite3';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import type { Attribution } from '../../../shared/cowriting/attribution.js';
import { draftGuards, staleWrite } from './draftGuards.js';
import { revisionLog } from './revisionLog.js';

export interface AttributionStore {
  /** Without a base revision the attribution is replaced whatever it was: used by forms that always send the whole record. */
  update(id: string, baseRevision: number | undefined, attribution: Attribution): SaveReceipt;
}

export function createAttributionStore(db: Database, options: { author: () => string; now?: () => Date }): AttributionStore {
  const guards = draftGuards(db);
  const log = revisionLog(db, options.author);
  const revision = db.prepare<[string], { attribution_revision: number }>('SELECT attribution_revision FROM drafts WHERE id = ?');
  const update = db.prepare<[string, string, string]>(
    'UPDATE drafts SET attribution_json = ?, attribution_revision = attribution_revision + 1, updated_at = ? WHERE id = ?',
  );
  return {
    update(id, baseRevision, attribution) {
      return db
        .transaction(() => {
          guards.editable(id);
          const current = (revision.get(id) as { attribution_revision: number }).attribution_revision;
          if (baseRevision !== undefined && baseRevision !== current) throw staleWrite('foreword attribution');
          const at = (options.now?.() ?? new Date()).toISOString();
          update.run(JSON.stringify(attribution), at, id);
          log(id, null, 'attribution', at, attribution);
          return { revision: current + 1, updatedAt: at };
        })
        .immediate();
    },
  };
}
