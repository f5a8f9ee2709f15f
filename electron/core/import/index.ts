export { proposeImport, type ProposeOptions } from './proposeImport.js';
export { applyImport, type ApplyOptions } from './applyImport.js';
export { choicesFromProposal } from './choices.js';
export { UNSORTED, type AppliedImport, type ImportChoices, type ImportCover, type ImportPart, type ImportProposal } from './types.js';
