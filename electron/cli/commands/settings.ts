import type { LocalNames, Settings } from '../../../shared/api/contract.js';
import { COVER_LAYOUTS, COVER_LAYOUT_NAMES, HOUSE_FONTS, headingColourSchema, type HouseStyle } from '../../../shared/model/houseStyle.js';
import type { Template } from '../../../shared/template/template.js';
import { CliError, type Command, type CommandContext } from '../command.js';
import { toJson } from '../format.js';

const SWITCH = { on: true, off: false } as const;

/** The library's settings from scripts: the name sign-off and history record, four-eyes review, the council's local names and its house style. Without options, shows them. */
export const settingsCommand: Command = {
  name: 'settings',
  summary:
    "Show or change the library settings: the author name recorded with every change, four-eyes review (whoever marks a section ready cannot approve it), the council's own names (its Children in Care Council, its Board) that the checks recognise, and the house style both exports use.",
  arguments: [],
  options: {
    author: { type: 'string', usage: '--author NAME', description: 'the name recorded with changes, sign-off and comments' },
    'four-eyes': { type: 'string', usage: '--four-eyes on|off', description: 'whether a section must be approved by someone other than the person who marked it ready' },
    'local-name': {
      type: 'string',
      multiple: true,
      usage: '--local-name SLOT=NAME',
      description: 'the council\'s own name for a template\'s slot, e.g. children-in-care-council="Our Voice"; an empty NAME forgets it; may be repeated',
    },
    template: { type: 'string', usage: '--template ID', description: 'the template whose local names --local-name sets, when more than one has the slot' },
    'house-font': { type: 'string', usage: '--house-font NAME', description: `the font of Word and PDF exports: ${HOUSE_FONTS.map((font) => `"${font}"`).join(', ')}` },
    'heading-colour': { type: 'string', usage: '--heading-colour #RRGGBB', description: 'the colour of headings in both exports, dark enough to read on white (contrast 4.5:1)' },
    'cover-layout': { type: 'string', usage: `--cover-layout ${COVER_LAYOUTS.join('|')}`, description: 'the title page: logo and title at the top, ranged left, or centred on the page' },
  },
  async run(context) {
    const { call, io, json, options } = context;
    const author = options['author'];
    const fourEyes = options['four-eyes'];
    if (fourEyes !== undefined && fourEyes !== 'on' && fourEyes !== 'off') throw new CliError(`--four-eyes must be on or off, not "${String(fourEyes)}".`, 'usage');
    const templates = await templatesWithLocalNames(context);
    const localNames = localNamesChange(options['local-name'], typeof options['template'] === 'string' ? options['template'] : undefined, templates);
    const houseStyle = houseStyleChange(options['house-font'], options['heading-colour'], options['cover-layout']);
    const change = {
      ...(typeof author === 'string' ? { author } : {}),
      ...(fourEyes === undefined ? {} : { fourEyes: SWITCH[fourEyes] }),
      ...(localNames === undefined ? {} : { localNames }),
      ...(houseStyle === undefined ? {} : { houseStyle }),
    };
    const settings: Settings = Object.keys(change).length === 0 ? await call('settings.get', {}) : await call('settings.update', change);
    io.stdout(json ? toJson(settings) : describe(settings, templates));
  },
};

/** The house style options given, checked here so a mistake is explained in the option's own terms. */
function houseStyleChange(font: unknown, colour: unknown, layout: unknown): Partial<HouseStyle> | undefined {
  const change: Partial<HouseStyle> = {};
  if (font !== undefined) {
    const known = HOUSE_FONTS.find((candidate) => candidate.toLowerCase() === String(font).trim().toLowerCase());
    if (known === undefined) throw new CliError(`--house-font must be one of ${HOUSE_FONTS.map((candidate) => `"${candidate}"`).join(', ')}, not "${String(font)}".`, 'usage');
    change.font = known;
  }
  if (colour !== undefined) {
    const checked = headingColourSchema.safeParse(String(colour));
    if (!checked.success) throw new CliError(`--heading-colour ${checked.error.issues[0]?.message ?? 'is not a colour'}; "${String(colour)}" is not.`, 'usage');
    change.headingColour = checked.data;
  }
  if (layout !== undefined) {
    const known = COVER_LAYOUTS.find((candidate) => candidate === layout);
    if (known === undefined) throw new CliError(`--cover-layout must be ${COVER_LAYOUTS.join(' or ')}, not "${String(layout)}".`, 'usage');
    change.coverLayout = known;
  }
  return Object.keys(change).length === 0 ? undefined : change;
}

/** Packs that ask for local names, read in full: their slots and labels. */
async function templatesWithLocalNames({ call }: CommandContext): Promise<Template[]> {
  const { templates } = await call('templates.list', {});
  const packs = await Promise.all(templates.map((summary) => call('templates.get', { id: summary.id })));
  return packs.filter((pack) => pack.localNames.length > 0);
}

function localNamesChange(given: string | boolean | string[] | undefined, templateId: string | undefined, templates: readonly Template[]): LocalNames | undefined {
  const assignments = typeof given === 'string' ? [given] : Array.isArray(given) ? given : [];
  if (assignments.length === 0) {
    if (templateId !== undefined) throw new CliError('--template only says which template --local-name is for; give --local-name SLOT=NAME too.', 'usage');
    return undefined;
  }
  const change: LocalNames = {};
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) throw new CliError(`--local-name needs SLOT=NAME, e.g. children-in-care-council="Our Voice"; "${assignment}" has no slot.`, 'usage');
    const slot = assignment.slice(0, equals).trim();
    const packId = templateId ?? packOf(slot, templates);
    change[packId] = { ...change[packId], [slot]: assignment.slice(equals + 1) };
  }
  return change;
}

/** The one template with this slot; the core refuses a slot the named template does not have. */
function packOf(slot: string, templates: readonly Template[]): string {
  const having = templates.filter((template) => template.localNames.some((candidate) => candidate.id === slot));
  if (having.length === 1 && having[0]) return having[0].id;
  if (having.length > 1) throw new CliError(`More than one template has the local name "${slot}" (${having.map((template) => template.id).join(', ')}): say which with --template ID.`, 'usage');
  const slots = [...new Set(templates.flatMap((template) => template.localNames.map((candidate) => candidate.id)))];
  throw new CliError(`No template asks for a local name "${slot}".${slots.length > 0 ? ` The slots are: ${slots.join(', ')}.` : ''}`, 'usage');
}

function describe(settings: Settings, templates: readonly Template[]): string {
  const lines = [
    `Author: ${settings.author}`,
    `Four-eyes review: ${settings.fourEyes ? 'on' : 'off'}`,
    `House font: ${settings.houseStyle.font}`,
    `Heading colour: ${settings.houseStyle.headingColour}`,
    `Title page: ${COVER_LAYOUT_NAMES[settings.houseStyle.coverLayout]} (${settings.houseStyle.coverLayout})`,
  ];
  for (const template of templates) {
    const names = settings.localNames[template.id] ?? {};
    lines.push(`Local names for ${template.name}:`);
    for (const slot of template.localNames) lines.push(`  ${slot.label}: ${names[slot.id] ?? '(not given)'}`);
  }
  return lines.join('\n');
}
