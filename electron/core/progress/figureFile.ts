import { inflateRawSync } from 'node:zlib';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { RawFigureRow } from '../../../shared/progress/figureRows.js';
import { isoDate } from '../../../shared/progress/period.js';
import { MAX_IMPORT_BYTES } from '../import/readers/readSource.js';
import { readZipDirectory, type ZipDirectory } from '../import/readers/zipDirectory.js';

/**
 * Reads a file of figures as a council's performance team keeps them: a CSV
 * file or an Excel workbook (.xlsx, its first sheet), with a header row
 * naming the measure, period and value columns (and, if kept, date, source
 * and note), in any order, perhaps under a title row or two. A workbook is
 * read from its zip directory (the Word importer's reader) and the sheet XML
 * directly: the three parts needed (workbook, shared strings, one sheet) do
 * not warrant a spreadsheet library, and each is inflated with zlib told to
 * stop at the size the part declares, so a zip bomb cannot fill memory.
 */

export interface FigureFile {
  sheet: string | null;
  rows: RawFigureRow[];
}

const COLUMN_NAMES: Record<keyof Omit<RawFigureRow, 'row'>, readonly string[]> = {
  measure: ['measure', 'indicator', 'measure name', 'kpi', 'performance indicator'],
  period: ['period', 'quarter', 'reporting period', 'year'],
  value: ['value', 'figure', 'result', 'actual'],
  date: ['date', 'as at', 'as at date', 'date of figure'],
  source: ['source', 'data source'],
  note: ['note', 'notes', 'comment', 'comments'],
};
/** A header is looked for among the first rows, under any title the team puts above it. */
const HEADER_SEARCH_ROWS = 10;
const MAX_ROWS = 100_000;

function refuse(message: string): never {
  throw new ApiFailure('import-failed', message);
}

export function readFigureFile(fileName: string, bytes: Uint8Array): FigureFile {
  if (bytes.length > MAX_IMPORT_BYTES) refuse(`The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB, which no sheet of figures needs. Save only the sheet of figures and import that.`);
  if (bytes.length === 0) refuse('The file is empty.');
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return { sheet: null, rows: rowsFromTable(readCsv(bytes)) };
  if (extension === 'xlsx') return readWorkbook(bytes);
  if (extension === 'xls') refuse('This is an older Excel file (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx) or CSV, then import that.');
  refuse(`"${fileName}" is not a spreadsheet the app reads. Choose a CSV file (.csv) or an Excel workbook (.xlsx).`);
}

/** Cells of the header row named for each column the figures need; null when the row is not a header. */
function headerColumns(cells: readonly string[]): Partial<Record<keyof Omit<RawFigureRow, 'row'>, number>> | null {
  const normalised = cells.map((cell) => cell.trim().toLowerCase().replace(/\s+/g, ' '));
  const columns: Partial<Record<keyof Omit<RawFigureRow, 'row'>, number>> = {};
  for (const [field, names] of Object.entries(COLUMN_NAMES) as [keyof Omit<RawFigureRow, 'row'>, readonly string[]][]) {
    const index = normalised.findIndex((cell) => names.includes(cell));
    if (index >= 0) columns[field] = index;
  }
  return columns.measure !== undefined && columns.period !== undefined && columns.value !== undefined ? columns : null;
}

function rowsFromTable(table: readonly string[][]): RawFigureRow[] {
  const headerIndex = table.slice(0, HEADER_SEARCH_ROWS).findIndex((cells) => headerColumns(cells) !== null);
  if (headerIndex < 0) {
    refuse('No header row names the columns Measure, Period and Value. Put those three headings above the figures (Date, Source and Note may follow), then import again.');
  }
  const columns = headerColumns(table[headerIndex] ?? []) ?? {};
  const cell = (cells: readonly string[], field: keyof typeof columns) => {
    const index = columns[field];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const rows: RawFigureRow[] = [];
  table.slice(headerIndex + 1).forEach((cells, offset) => {
    if (cells.every((value) => value.trim() === '')) return;
    rows.push({
      row: headerIndex + offset + 2,
      measure: cell(cells, 'measure'),
      period: cell(cells, 'period'),
      value: cell(cells, 'value'),
      date: cell(cells, 'date'),
      source: cell(cells, 'source'),
      note: cell(cells, 'note'),
    });
  });
  if (rows.length === 0) refuse('The file has a header row but no figures under it.');
  return rows;
}

/** RFC 4180: commas (or semicolons, as Excel writes in some locales), quoted fields with doubled quotes and line breaks. */
export function readCsv(bytes: Uint8Array): string[][] {
  if (bytes.includes(0)) refuse('The file is not a CSV file: it holds binary data. Save the sheet from Excel as "CSV UTF-8" and import that.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV" is Windows-1252, not UTF-8; it reads as such without loss.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"' && field === '') quoted = true;
    else if (character === delimiter) {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      if (rows.length > MAX_ROWS) refuse(`The file has more than ${MAX_ROWS.toLocaleString('en-GB')} rows, which no sheet of figures needs.`);
      row = [];
      field = '';
    } else field += character;
  }
  if (quoted) refuse('The CSV file is damaged: a quoted cell is never closed. Save it from the spreadsheet again.');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const NOT_A_WORKBOOK = 'The file is not an Excel workbook that can be opened (it is not a .xlsx file, or it is damaged or password-protected). Save it from Excel again as an Excel Workbook (.xlsx), or as CSV.';
/** Far more than any sheet of figures; a part declaring more is refused before it is inflated. */
const MAX_PART_BYTES = 100 * 1024 * 1024;

function readWorkbook(bytes: Uint8Array): FigureFile {
  let directory: ZipDirectory;
  try {
    directory = readZipDirectory(bytes);
  } catch {
    refuse(NOT_A_WORKBOOK);
  }
  const part = (name: string) => readPart(bytes, directory, name);
  const workbook = part('xl/workbook.xml');
  if (workbook === undefined) refuse(NOT_A_WORKBOOK);
  const firstSheet = /<(?:\w+:)?sheet\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const sheetName = decodeXml(attribute(firstSheet, 'name') ?? 'Sheet1');
  const relationId = attribute(firstSheet, 'r:id');
  const relations = part('xl/_rels/workbook.xml.rels') ?? '';
  const target = [...relations.matchAll(/<Relationship\b[^>]*>/g)].map((match) => match[0]).find((element) => attribute(element, 'Id') === relationId);
  const targetPath = target ? attribute(target, 'Target') : undefined;
  const sheetPath = targetPath ? (targetPath.startsWith('/') ? targetPath.slice(1) : `xl/${targetPath}`) : 'xl/worksheets/sheet1.xml';
  const sheet = part(sheetPath);
  if (sheet === undefined) refuse('The workbook has no sheet of figures that can be read. Save it from Excel again, or as CSV.');
  const shared = sharedStrings(part('xl/sharedStrings.xml') ?? '');
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*date1904="(?:1|true)"/.test(workbook);
  return { sheet: sheetName, rows: rowsFromTable(sheetTable(sheet, shared, date1904)) };
}

const LOCAL_HEADER = 0x04034b50;

/** One part's text, or undefined when the workbook lacks it. */
function readPart(bytes: Uint8Array, directory: ZipDirectory, name: string): string | undefined {
  const entry = directory.entries.find((candidate) => candidate.name === name);
  if (!entry) return undefined;
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8) || entry.uncompressedSize > MAX_PART_BYTES) refuse(NOT_A_WORKBOOK);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) refuse(NOT_A_WORKBOOK);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > directory.directoryOffset) refuse(NOT_A_WORKBOOK);
  const data = bytes.subarray(start, end);
  try {
    const inflated = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    return new TextDecoder('utf-8').decode(inflated);
  } catch {
    refuse(NOT_A_WORKBOOK);
  }
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((match) => textRuns(match[1] ?? ''));
}

function textRuns(xml: string): string {
  return [...xml.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t\b[^>]*\/>/g)].map((match) => decodeXml(match[1] ?? '')).join('');
}

/**
 * The sheet's cells as text by row and column. A number in a column headed
 * as a date is an Excel date serial and becomes day/month/year; a formula's
 * cached result is read as its value, and the formula itself never.
 */
function sheetTable(xml: string, shared: readonly string[], date1904: boolean): string[][] {
  const rows: string[][] = [];
  let dateColumn: number | null = null;
  for (const rowMatch of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowNumber = Number(attribute(rowMatch[1] ?? '', 'r') ?? rows.length + 1);
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROWS) refuse(`The sheet has more than ${MAX_ROWS.toLocaleString('en-GB')} rows, which no sheet of figures needs.`);
    const cells: string[] = [];
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attributes = cellMatch[1] ?? '';
      const column = columnIndex(attribute(attributes, 'r') ?? '') ?? cells.length;
      if (column > 200) continue;
      const body = cellMatch[2] ?? '';
      const type = attribute(attributes, 't') ?? 'n';
      const raw = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') value = textRuns(body);
      else if (raw !== undefined) value = decodeXml(raw);
      if (type === 'n' && column === dateColumn && /^\d+(?:\.\d+)?$/.test(value)) value = serialToDate(Number(value), date1904);
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
    if (dateColumn === null && headerColumns(cells)) dateColumn = headerColumns(cells)?.date ?? null;
  }
  return rows;
}

/** Excel counts days from 30 December 1899 (or 1 January 1904); written back day first, as the rest of the app reads dates. */
function serialToDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.floor(serial) * 86_400_000);
  const [year, month, day] = isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()).split('-');
  return `${day}/${month}/${year}`;
}

function columnIndex(reference: string): number | null {
  const letters = /^([A-Z]+)\d*$/.exec(reference)?.[1];
  if (!letters) return null;
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function attribute(element: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\s${escaped}="([^"]*)"`).exec(element)?.[1];
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
