import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { NodeJSON } from '../model/draft.js';
import { svgDataUrl } from '../model/svgImage.js';
import type { CurrentFigure } from './figures.js';
import type { Measure } from './measures.js';
import { isSuppressed, printedFigure } from './suppression.js';

/**
 * A measure's trend as an SVG chart: a point per period joined by a line,
 * the baseline and the target as labelled horizontal lines, axes with their
 * labels. d3-scale lays out the axes (nice ticks) and d3-shape draws the
 * line, as strings, so the same chart comes out in the app, the CLI and the
 * exports without a browser. A small count is never plotted where it is: it
 * sits in a shaded band labelled "fewer than N", and the line breaks there.
 *
 * The SVG uses only svg, title, desc, rect, line, path (M and L), circle and
 * text, with presentation attributes: the subset the PDF exporter draws.
 */

export interface ChartOptions {
  suppressBelow: number;
  width?: number;
  height?: number;
}

export interface MeasureChart {
  svg: string;
  /** States every figure the chart shows, as printed (small counts hidden): the image's description. */
  alt: string;
}

const COLOURS = { text: '#1f1f1f', axis: '#595959', grid: '#d9d9d9', series: '#1d4f91', baseline: '#6b4c00', target: '#1b6b2f', band: '#eeeeee' };
/** The house default and its metric twin, the font both exporters and the Word fallback picture draw it in. */
const FONT = 'Arial, Arimo, Liberation Sans, sans-serif';

export function measureChartSvg(measure: Measure, figures: readonly CurrentFigure[], options: ChartOptions): MeasureChart {
  const width = options.width ?? 560;
  const height = options.height ?? 300;
  const margin = { top: 52, right: 124, bottom: 52, left: 60 };
  const print = (value: number) => printedFigure(value, measure.kind, options.suppressBelow);
  const hidden = (value: number) => isSuppressed(value, measure.kind, options.suppressBelow);

  const shown = figures.map((entry) => entry.figure.value).filter((value) => !hidden(value));
  const references = [measure.baseline.value, measure.target.value].filter((value): value is number => value !== null);
  const band = figures.some((entry) => hidden(entry.figure.value)) ? options.suppressBelow : null;
  const values = [...shown, ...references, ...(band === null ? [] : [0, band])];
  const low = Math.min(0, ...values);
  const high = Math.max(measure.kind === 'percentage' ? 0 : 1, ...values);
  const y = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .nice(5)
    .range([height - margin.bottom, margin.top]);
  const labels = figures.map((entry) => entry.period.label);
  const x = scalePoint<string>().domain(labels).range([margin.left, width - margin.right]).padding(0.5);

  const parts: string[] = [];
  const title = `${measure.indicator}`;
  parts.push(`<title>${escapeXml(title)}</title>`);
  const alt = chartAltText(measure, figures, options.suppressBelow);
  parts.push(`<desc>${escapeXml(alt)}</desc>`);
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(text(margin.left, 20, truncate(title, 60), { size: 15, weight: 'bold' }));

  // Inside the "fewer than N" band only its edges are labelled, so no tick reads as the hidden figure.
  for (const tick of y.ticks(5).filter((value) => band === null || value <= 0 || value >= band)) {
    const at = round(y(tick));
    parts.push(`<line x1="${margin.left}" y1="${at}" x2="${width - margin.right}" y2="${at}" stroke="${COLOURS.grid}" stroke-width="1"/>`);
    parts.push(text(margin.left - 6, at + 4, tickLabel(tick, measure), { size: 12, anchor: 'end', fill: COLOURS.axis }));
  }
  if (band !== null) {
    const top = round(y(band));
    const bottom = round(y(Math.max(low, 0)));
    parts.push(`<rect x="${margin.left}" y="${top}" width="${width - margin.left - margin.right}" height="${round(bottom - top)}" fill="${COLOURS.band}"/>`);
    parts.push(text(width - margin.right + 6, round((top + bottom) / 2) + 4, `fewer than ${options.suppressBelow}`, { size: 12, fill: COLOURS.axis }));
  }
  parts.push(`<line x1="${margin.left}" y1="${height - margin.bottom}" x2="${width - margin.right}" y2="${height - margin.bottom}" stroke="${COLOURS.axis}" stroke-width="1"/>`);
  parts.push(`<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${height - margin.bottom}" stroke="${COLOURS.axis}" stroke-width="1"/>`);

  const reference = (value: number | null, label: string, colour: string, dash: string) => {
    if (value === null) return;
    const at = round(y(value));
    parts.push(`<line x1="${margin.left}" y1="${at}" x2="${width - margin.right}" y2="${at}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="${dash}"/>`);
    parts.push(text(width - margin.right + 6, at + 4, `${label} ${print(value)}`, { size: 12, fill: colour, weight: 'bold' }));
  };
  reference(measure.baseline.value, 'Baseline', COLOURS.baseline, '2 3');
  reference(measure.target.value, 'Target', COLOURS.target, '6 3');

  const point = (entry: CurrentFigure): [number, number] => [round(x(entry.period.label) ?? margin.left), round(y(hidden(entry.figure.value) ? (band ?? options.suppressBelow) / 2 : entry.figure.value))];
  const path = line<CurrentFigure>()
    .defined((entry) => !hidden(entry.figure.value))
    .x((entry) => point(entry)[0])
    .y((entry) => point(entry)[1])(figures as CurrentFigure[]);
  if (path) parts.push(`<path d="${path}" fill="none" stroke="${COLOURS.series}" stroke-width="2"/>`);
  for (const entry of figures) {
    const [cx, cy] = point(entry);
    parts.push(
      hidden(entry.figure.value)
        ? `<circle cx="${cx}" cy="${cy}" r="4" fill="#ffffff" stroke="${COLOURS.series}" stroke-width="1.5"/>`
        : `<circle cx="${cx}" cy="${cy}" r="3.5" fill="${COLOURS.series}"/>`,
    );
  }
  const latest = figures[figures.length - 1];
  if (latest) {
    const [cx, cy] = point(latest);
    const label = print(latest.figure.value);
    // A white ground keeps the label readable where it crosses the target or baseline line.
    const labelWidth = label.length * 7.2 + 6;
    parts.push(`<rect x="${round(cx - labelWidth / 2)}" y="${round(cy - 23)}" width="${round(labelWidth)}" height="17" fill="#ffffff"/>`);
    parts.push(text(cx, cy - 10, label, { size: 12, anchor: 'middle', fill: COLOURS.series, weight: 'bold' }));
  }

  // Every period is labelled when they fit; otherwise every nth, always including the last.
  const step = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor((width - margin.left - margin.right) / 80))));
  labels.forEach((label, index) => {
    if (index % step !== 0 && index !== labels.length - 1) return;
    parts.push(text(round(x(label) ?? margin.left), height - margin.bottom + 18, label, { size: 12, anchor: 'middle', fill: COLOURS.axis }));
  });
  parts.push(text(round((margin.left + width - margin.right) / 2), height - 10, 'Period (financial year, quarter)', { size: 12, anchor: 'middle', fill: COLOURS.text }));
  parts.push(text(margin.left, margin.top - 14, axisTitle(measure), { size: 12, fill: COLOURS.text }));
  if (figures.length === 0) {
    parts.push(text(round((margin.left + width - margin.right) / 2), round((margin.top + height - margin.bottom) / 2), 'No figures recorded yet', { size: 12, anchor: 'middle', fill: COLOURS.axis }));
  }

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${FONT}">${parts.join('')}</svg>`;
  return { svg, alt };
}

/** The chart as an image node, for a document the exporters print: the picture as an SVG data URL, its figures as the description. */
export function measureChartImage(measure: Measure, figures: readonly CurrentFigure[], options: ChartOptions): NodeJSON {
  const chart = measureChartSvg(measure, figures, options);
  return { type: 'image', attrs: { src: svgDataUrl(chart.svg), alt: chart.alt } };
}

/** "Care leavers in education, employment or training: baseline 52%, target 65%. 2025-26 Q1: 55%; 2025-26 Q2: 57%." */
export function chartAltText(measure: Measure, figures: readonly CurrentFigure[], suppressBelow: number): string {
  const print = (value: number) => printedFigure(value, measure.kind, suppressBelow);
  const ends = [
    measure.baseline.value === null ? `baseline ${measure.baseline.text || 'not given'}` : `baseline ${print(measure.baseline.value)}${measure.baseline.date ? ` (${measure.baseline.date})` : ''}`,
    measure.target.value === null ? `target ${measure.target.text || 'not given'}` : `target ${print(measure.target.value)}${measure.target.date ? ` (${measure.target.date})` : ''}`,
  ];
  const points = figures.length === 0 ? 'No figures recorded yet.' : `${figures.map((entry) => `${entry.period.label}: ${print(entry.figure.value)}`).join('; ')}.`;
  return `Chart of ${measure.indicator}: ${ends.join(', ')}. ${points}`;
}

function axisTitle(measure: Measure): string {
  return measure.kind === 'percentage' ? 'Per cent' : measure.kind === 'count' ? 'Number' : 'Value';
}

function tickLabel(tick: number, measure: Measure): string {
  // Axis ticks are positions, not figures, so they are printed as they are even where a figure would be hidden.
  const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(tick);
  return measure.kind === 'percentage' ? `${number}%` : number;
}

function text(x: number, y: number, content: string, style: { size: number; anchor?: 'start' | 'middle' | 'end'; fill?: string; weight?: 'bold' }): string {
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  const weight = style.weight ? ` font-weight="${style.weight}"` : '';
  return `<text x="${round(x)}" y="${round(y)}" font-size="${style.size}" fill="${style.fill ?? COLOURS.text}"${anchor}${weight}>${escapeXml(content)}</text>`;
}

function truncate(value: string, length: number): string {
  return value.length <= length ? value : `${value.slice(0, length - 1)}…`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character] ?? character);
}
