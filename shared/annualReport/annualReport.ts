import { formatDay, type ConsultationSessionInput } from '../consultation/consultationLog.js';
import { emptyCover, type CoverFields, type NodeJSON } from '../model/draft.js';
import { sectionWithRole, type Template } from '../template/template.js';

/**
 * The Corporate Parenting Board's yearly report, made from a strategy: its
 * measures with the latest figures (and charts, when there are some) fill
 * the progress section, its consultation log fills "you said, we did", and
 * the title page is carried over. Everything else starts from the report
 * pack's starter text. The result is an ordinary draft, edited and checked
 * like any other; generating is pure so it can be tested and timed alone.
 */

export const RAG_STATUSES = ['red', 'amber', 'green'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

/** One measure of the strategy as the report states it. */
export interface ReportedMeasure {
  indicator: string;
  /** As the strategy gives it, with its date when it has one ("54% (March 2025)"). */
  baseline: string;
  target: string;
  latest?: { value: string; period: string };
  status?: RagStatus;
  statusExplanation?: string;
  chart?: { svgDataUrl: string; alt: string };
}

/** What a measure without a figure shows in the Latest column; the report pack's check treats it as not reported. */
export const NO_FIGURE = 'No figure recorded yet';

/** The column headers of the two generated tables; the report pack's rules find the tables by them. */
export const PROGRESS_COLUMNS = ['Indicator', 'Baseline', 'Target', 'Latest', 'Status', 'Commentary'] as const;
export const YOU_SAID_COLUMNS = ['You said', 'We did', 'About', 'Told you on'] as const;

export interface AnnualReportSource {
  /** The report pack: the sections playing the progress-report and you-said-we-did roles are the ones filled. */
  template: Template;
  strategy: { title: string; cover: CoverFields };
  measures: readonly ReportedMeasure[];
  /** The strategy's consultation log, oldest first. */
  sessions: readonly ConsultationSessionInput[];
  /** The day the report is made (YYYY-MM-DD): the year it looks back on ends in it. */
  today: string;
}

export interface GeneratedReport {
  cover: CoverFields;
  /** Content by section id; sections not listed start from the pack's starter text. */
  sections: Map<string, NodeJSON>;
}

export function generateAnnualReport(source: AnnualReportSource): GeneratedReport {
  const year = Number(source.today.slice(0, 4));
  const cover: CoverFields = {
    ...emptyCover(),
    council: source.strategy.cover.council,
    title: source.template.name,
    periodStart: year - 1,
    periodEnd: year,
    approvingBody: source.template.export.approvingBody,
    ...(source.strategy.cover.logo ? { logo: source.strategy.cover.logo } : {}),
  };
  const sections = new Map<string, NodeJSON>();
  const progress = sectionWithRole(source.template, 'progress-report');
  if (progress) sections.set(progress.id, progressSection(source.strategy.title, source.measures));
  const youSaid = sectionWithRole(source.template, 'you-said-we-did');
  if (youSaid) sections.set(youSaid.id, youSaidSection(source.sessions));
  return { cover, sections };
}

const STATUS_WORDS: Record<RagStatus, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

function progressSection(strategyTitle: string, measures: readonly ReportedMeasure[]): NodeJSON {
  const named = strategyTitle.trim() === '' ? 'the strategy' : `“${strategyTitle.trim()}”`;
  const intro =
    measures.length === 0
      ? `[The measures table of ${named} has no measures in it yet. Add them to the strategy and create the report again, or set out the progress here.]`
      : `This table reports each of the ${measures.length === 1 ? 'one measure' : `${measures.length} measures`} in ${named}, with the baseline and target it set, the latest figure and its status.`;
  const counts = statusCounts(measures);
  const rows = measures.map((measure) => [
    measure.indicator,
    measure.baseline,
    measure.target,
    measure.latest ? `${measure.latest.value} (${measure.latest.period})` : NO_FIGURE,
    measure.status ? STATUS_WORDS[measure.status] : '',
    measure.statusExplanation ?? '',
  ]);
  const charts = measures.flatMap((measure) =>
    measure.chart ? [paragraph(measure.indicator, 'strong'), { type: 'image', attrs: { src: measure.chart.svgDataUrl, alt: measure.chart.alt } }] : [],
  );
  return doc([paragraph(intro), ...(measures.length > 0 ? [paragraph(counts)] : []), table(PROGRESS_COLUMNS, rows.length > 0 ? rows : [PROGRESS_COLUMNS.map(() => '')]), ...charts]);
}

/** "2 are green, 1 is amber, 1 is red and 3 have no figure recorded yet." */
function statusCounts(measures: readonly ReportedMeasure[]): string {
  const parts: string[] = [];
  for (const status of ['green', 'amber', 'red'] as const) {
    const count = measures.filter((measure) => measure.latest && measure.status === status).length;
    if (count > 0) parts.push(`${count} ${count === 1 ? 'is' : 'are'} ${status}`);
  }
  const unrated = measures.filter((measure) => measure.latest && !measure.status).length;
  if (unrated > 0) parts.push(`${unrated} ${unrated === 1 ? 'has' : 'have'} a figure but no status yet`);
  const missing = measures.filter((measure) => !measure.latest).length;
  if (missing > 0) parts.push(`${missing} ${missing === 1 ? 'has' : 'have'} no figure recorded yet`);
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}` : (parts[0] ?? '');
  return `Of these, ${listed}.`;
}

function youSaidSection(sessions: readonly ConsultationSessionInput[]): NodeJSON {
  const consented = sessions.filter((session) => session.consent.recorded);
  const withheld = sessions.length - consented.length;
  const blocks: NodeJSON[] = [];
  if (consented.length === 0) {
    blocks.push(paragraph('[The consultation log has no sessions with consent recorded yet. Add the sessions you held in the strategy’s consultation log and create the report again, or write here who you met and when.]'));
  } else {
    const people = consented.reduce((total, session) => total + session.participants, 0);
    const times = consented.length === 1 ? 'once' : consented.length === 2 ? 'twice' : `${consented.length} times`;
    blocks.push(paragraph(`This year we met children and young people ${times}, and ${people === 1 ? '1 young person' : `${people} young people`} took part:`));
    blocks.push({
      type: 'bullet_list',
      content: consented.map((session) => ({
        type: 'list_item',
        content: [paragraph(`${session.group}, ${formatDay(session.heldOn)} (${session.participants === 1 ? '1 young person' : `${session.participants} young people`})`)],
      })),
    });
  }
  if (withheld > 0) {
    blocks.push(
      paragraph(
        `[${withheld === 1 ? 'One session' : `${withheld} sessions`} in the consultation log ${withheld === 1 ? 'has' : 'have'} no consent recorded, so what was said there is left out. Record consent in the log and create the report again, or delete this note.]`,
      ),
    );
  }
  const rows = consented.flatMap((session) => session.points.map((point) => [point.youSaid, point.weDid, point.concerns, point.toldOn === '' ? '' : formatDay(point.toldOn)]));
  blocks.push(table(YOU_SAID_COLUMNS, rows.length > 0 ? rows : [YOU_SAID_COLUMNS.map(() => '')]));
  return doc(blocks);
}

function doc(content: NodeJSON[]): NodeJSON {
  return { type: 'doc', content };
}

/** Lines typed in the log (a quote over two lines) stay lines: a hard break between them, as the editor makes one. */
function paragraph(text: string, mark?: 'strong'): NodeJSON {
  const content: NodeJSON[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (index > 0) content.push({ type: 'hard_break' });
    if (line !== '') content.push({ type: 'text', text: line, ...(mark ? { marks: [{ type: mark }] } : {}) });
  });
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content };
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): NodeJSON {
  const row = (cells: readonly string[], type: 'table_header' | 'table_cell'): NodeJSON => ({ type: 'table_row', content: cells.map((cell) => ({ type, content: [paragraph(cell)] })) });
  return { type: 'table', attrs: { kind: 'plain' }, content: [row(header, 'table_header'), ...rows.map((cells) => row(cells, 'table_cell'))] };
}
