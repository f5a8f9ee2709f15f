/**
 * The accessible names users (and screen readers) know the app by. The
 * components render them from here and the end-to-end tests find controls
 * by them, so a renamed button changes both at once instead of drifting
 * from a list in a comment. No DOM here: the tests import this module.
 *
 * Behaviour the tests rely on besides the names:
 * - every dialog gives the focus back, on closing, to the control that opened it (if that is still there);
 * - when a library row goes, the focus goes to the first button of the row now in its place (or the one
 *   before), or to the heading when the list is empty; the New strategy dialog opens on "Title";
 * - opening a draft focuses its title (heading level 1); choosing a section focuses its heading level 2;
 *   the navigator is one Tab stop (roving tabindex; Up/Down/Home/End);
 * - opening the completeness panel focuses its heading, hiding it refocuses "Check"; each finding is a
 *   button that jumps to its section and selects its text;
 * - the save status (data-testid "save-status") has data-state clean | pending | saving | failed | held | conflict;
 * - after an import into a draft, the note "Imported into this draft: …" takes the focus; Cancel puts it on the
 *   section heading; a draft made by an import opens with the Check panel showing;
 * - the sign-off state (data-testid "sign-off-state", data-state draft | ready-for-review | approved) takes the
 *   focus after each move; a move the rules refuse leaves its button disabled with data-testid "sign-off-reason";
 * - opening the foreword workshop focuses "Our foreword"; going back focuses "Open the foreword workshop";
 * - Ctrl/Cmd+Alt+M in the editor starts a comment; commented text has the class "comment-highlight", suggested
 *   text is <ins class="suggestion-ins"> / <del class="suggestion-del">, long sentences "long-sentence";
 * - the URL hash is the route: "#/" library, "#/draft/<id>/<sectionId>" a draft and section, "#/progress/<id>" its measures;
 * - opening the progress screen focuses its heading level 1; each measure's status has data-status green | amber | red | no-figure | not-measurable.
 */

export const LIBRARY = {
  heading: 'Your strategies',
  /** The heading of the trash view, and the toggle button that shows it. */
  trash: 'Trash',
  strategiesToggle: 'Strategies',
  /** The button, and the dialog it opens. */
  newStrategy: 'New strategy',
  templateGroup: 'Template',
  title: 'Title',
  council: 'Council',
  create: 'Create',
  cancel: 'Cancel',
  newTitle: 'New title',
  restore: 'Restore',
  deletePermanentlyDialog: 'Delete permanently?',
  deletePermanently: 'Delete permanently',
  authorName: 'Author name',
  saveName: 'Save name',
  fourEyes: 'Four-eyes review',
  /** The heading of the local names setting, and its button. */
  localNames: 'Your council’s names',
  saveLocalNames: 'Save council names',
  /** The house style setting: its heading, fields and button. */
  houseStyle: 'House style for Word and PDF',
  houseFont: 'Font',
  headingColour: 'Heading colour',
  headingColourPicker: 'Choose the heading colour',
  coverLayout: 'Title page layout',
  saveHouseStyle: 'Save house style',
  unavailableHeading: 'Your library cannot be opened',
  startFresh: 'Start a fresh library',
  rename: (title: string) => `Rename ${title}`,
  duplicate: (title: string) => `Duplicate ${title}`,
  remove: (title: string) => `Delete ${title}`,
  restoreDraft: (title: string) => `Restore ${title}`,
  purge: (title: string) => `Delete ${title} permanently`,
} as const;

export const DRAFT = {
  back: '← Library',
  saveNow: 'Save now',
  sections: 'Sections',
  fromImport: 'From import',
  unsorted: 'Unsorted (from import)',
  guidance: 'Guidance',
  hideGuidance: 'Hide guidance',
  showGuidance: 'Show guidance',
  copyMyText: 'Copy my text',
  reloadFromStorage: 'Reload from storage',
  authorPrompt: 'Who is writing?',
  yourName: 'Your name',
  cover: {
    council: 'Council',
    title: 'Strategy title',
    periodStart: 'Period start year',
    periodEnd: 'Period end year',
    date: 'Date',
    version: 'Version',
    owner: 'Owner',
    approvingBody: 'Approving body',
  },
  /** The editor of a text section: a multi-line textbox named after the section. */
  sectionText: (sectionTitle: string) => `${sectionTitle} text`,
  /** A bilingual draft's switch between a section's texts (its buttons are the languages' own names, English and Cymraeg). */
  textLanguage: 'Language of the text',
  /** The editor of a section's Welsh text. */
  sectionTextIn: (sectionTitle: string, language: string) => `${sectionTitle} text in ${language}`,
} as const;

export const CONSULTATION = {
  /** The draft screen's button, and the page it opens (its heading). */
  open: 'Consultation log',
  heading: 'What young people told us',
  back: '← Back to the strategy',
  add: 'Add a session',
  save: 'Save session',
  cancel: 'Cancel',
  date: 'Date of the session',
  group: 'Group',
  participants: 'How many took part',
  consentRecorded: 'Consent was recorded',
  consentHow: 'How consent was given and recorded',
  youSaid: 'What they said',
  concerns: 'Which pledge or priority it is about',
  weDid: 'What we did',
  toldOn: 'When we told them',
  addPoint: 'Add another thing they said',
  removePoint: (number: number) => `Remove point ${number}`,
  edit: (label: string) => `Edit the session ${label}`,
  remove: (label: string) => `Delete the session ${label}`,
  removeDialog: 'Delete this session?',
  reportHeading: 'The annual report',
  createReport: 'Create the annual report',
} as const;

export const EDITOR = {
  toolbar: 'Formatting',
  paragraph: 'Paragraph',
  heading2: 'Heading 2',
  heading3: 'Heading 3',
  bold: 'Bold',
  italic: 'Italic',
  /** The toolbar button, and the dialog it opens. */
  link: 'Link',
  bulletList: 'Bullet list',
  numberedList: 'Numbered list',
  insertTable: 'Insert table',
  addRow: 'Add row',
  deleteRow: 'Delete row',
  addColumn: 'Add column',
  deleteColumn: 'Delete column',
  undo: 'Undo',
  redo: 'Redo',
  suggestChanges: 'Suggest changes',
  webAddress: 'Web address',
  applyLink: 'Apply link',
} as const;

export const COMPLETENESS = {
  check: 'Check',
  /** The complementary landmark and its heading. */
  panel: 'Completeness',
  hide: 'Hide completeness',
} as const;

export const EXPORT = {
  open: 'Export…',
  /** The dialog, and its button when nothing stands in the way of a final version. */
  dialog: 'Export',
  formatGroup: 'Format',
  /** A bilingual draft's choice of document; its options are the languages' own names (English, Cymraeg). */
  languageGroup: 'Language',
  placeholders: 'Placeholders to replace',
  notReady: 'Not ready for a final version',
  asDraft: 'Export as draft',
  finalAnyway: 'Export as final anyway',
} as const;

export const IMPORT = {
  open: 'Import a strategy…',
  intoNewDraft: 'Import into a new draft',
  openIntoDraft: 'Import into this draft…',
  fileIntoDraft: 'File to import into this draft',
  intoThisDraft: 'Import into this draft',
  cancelImport: 'Cancel import',
  progress: 'Import progress',
  replace: 'Replace its text with the imported parts',
  append: 'Add the imported parts after its text',
  keep: 'Keep its text and leave these parts out',
  addToUnsorted: 'Add them to Unsorted, to sort later',
  leaveOut: 'Leave them out',
  reviewHeading: (fileName: string) => `Check the import of ${fileName}`,
  importing: (fileName: string) => `Importing “${fileName}”`,
  localNames: 'Names this strategy uses',
  takeFound: (name: string) => `Use: ${name}`,
  keepCurrent: (name: string) => `Keep current: ${name}`,
  differentName: 'Use a different name',
  ownName: 'Name to use',
  dontUseName: 'Don’t use it',
  coverFound: 'Title page found in the file',
  coverOffers: 'Title page details found in the file',
  /** The tick that writes one title-page field of an open draft from the file ("Use the file’s owner"). */
  useFileField: (label: string) => `Use the file’s ${label.toLowerCase()}`,
  /** That field's value as the file gave it, which the officer can correct ("Owner from the file"). */
  fileField: (label: string) => `${label} from the file`,
} as const;

export const REVIEW = {
  region: 'Review',
  markReady: 'Mark ready for review',
  approve: 'Approve…',
  approveConfirm: 'Approve',
  note: 'Note (optional)',
  sendBack: 'Send back to draft',
  approveEveryReady: 'Approve every section that is ready',
  approveDialog: (sectionTitle: string) => `Approve “${sectionTitle}”`,
} as const;

export const SECTION_TOOLS = {
  group: 'Section tools',
  comments: 'Comments',
  history: 'History',
  suggestions: (count: number) => `Suggestions (${count})`,
  suggestedEdits: 'Suggested edits',
  compareWithNow: 'Compare with the text now',
  restoreVersion: 'Restore this version',
  accept: 'Accept',
  reject: 'Reject',
} as const;

export const WORKSHOP = {
  open: 'Open the foreword workshop',
  heading: 'Our foreword',
  editor: 'Your foreword',
  groupName: 'Group name',
  month: 'Month you wrote it',
  name: 'Name',
  agreedBy: 'Agreed by',
  dateAgreed: 'Date agreed',
  writtenDownBy: 'Written down by',
  fullNameConsent: 'They agreed to their full name being printed',
  addName: 'Add a name',
  /** Named after the document as its pack calls it ("strategy", "plan"). */
  back: (documentKind: string) => `← Back to the ${documentKind}`,
} as const;

export const PROGRESS = {
  /** The draft screen's button that opens the progress screen. */
  open: 'Progress on measures',
  back: '← Strategy',
  heading: 'Progress on measures',
  measures: 'Measures',
  addFigure: 'Add a figure',
  measure: 'Measure',
  period: 'Period',
  value: 'Value',
  date: 'Date (optional)',
  source: 'Source (optional)',
  note: 'Note (optional)',
  record: 'Record figure',
  importHeading: 'Figures from a spreadsheet',
  importButton: 'Choose a CSV or Excel file…',
  importFile: 'Spreadsheet of figures',
  reviewHeading: (fileName: string) => `Check the figures in ${fileName}`,
  recordAll: (rows: number) => `Record ${rows} figure${rows === 1 ? '' : 's'}`,
  cancelImport: 'Cancel',
  thresholds: 'Red, amber and green, and small numbers',
  saveThresholds: 'Save thresholds',
  unlinked: 'Figures of reworded measures',
  relink: 'Link figures to this row',
} as const;
