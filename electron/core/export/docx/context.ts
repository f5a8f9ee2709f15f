import type { ReferenceTargets } from './crossReferences.js';

/** What the block mappers need beyond the node they are given. */
export interface RenderContext {
  readonly references: ReferenceTargets;
  /** A fresh numbering instance, so the list about to be written restarts its numbers. */
  readonly nextListInstance: () => number;
}

export function createRenderContext(references: ReferenceTargets): RenderContext {
  let instance = 0;
  return {
    references,
    nextListInstance: () => {
      instance += 1;
      return instance;
    },
  };
}
