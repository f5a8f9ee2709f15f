export { proposeImport, type ProposeOptions } from './proposeImport.js';
export { applyImport, type ApplyOptions } from './applyImport.js';
export { importDraft, importIntoDraft, placeParts } from './importDraft.js';
export { choicesFromProposal } from './choices.js';
export { UNSORTED, type AppliedImport, type ImportSectionOption, type ImportChoices, type ImportCover, type ImportPart, type ImportProposal } from '../../../shared/import/types.js';
