import { describe, expect, it } from 'vitest';
import { measureChartSvg } from '../../../shared/progress/chart.js';
import { currentFigures, type MeasureFigure } from '../../../shared/progress/figures.js';
import { measureKind, readAmount, type Measure } from '../../../shared/progress/measures.js';
import { printedFigure } from '../../../shared/progress/suppression.js';

function measure(indicator: string, baseline: string, target: string): Measure {
  const base = readAmount(baseline, 'March 2024');
  const goal = readAmount(target, 'March 2027');
  return { key: indicator.toLowerCase(), indicator, priority: '1', baseline: base, target: goal, source: '', owner: '', kind: measureKind(base, goal) };
}

function history(values: [string, number][]): MeasureFigure[] {
  return values.map(([period, value], index) => ({ id: index + 1, measureId: 'm', period, value, date: null, source: '', note: '', enteredBy: 'Officer', enteredAt: '2026-01-01T00:00:00Z' }));
}

const ALLOWED = new Set(['svg', 'title', 'desc', 'rect', 'line', 'path', 'circle', 'text']);

describe('measure charts', () => {
  const eet = measure('Care leavers in education, employment or training', '52%', '65%');
  const chart = measureChartSvg(eet, currentFigures(history([['2025-26 Q2', 57], ['2025-26 Q1', 55]])), { suppressBelow: 5 });

  it('draws the periods in time order with the baseline and target, using only the drawable SVG subset', () => {
    const elements = [...chart.svg.matchAll(/<([a-z]+)\b/g)].map((match) => match[1]);
    expect(elements.filter((name) => !ALLOWED.has(name ?? ''))).toEqual([]);
    expect(chart.svg).toContain('>Baseline 52%<');
    expect(chart.svg).toContain('>Target 65%<');
    expect(chart.svg.indexOf('>2025-26 Q1<')).toBeLessThan(chart.svg.indexOf('>2025-26 Q2<'));
    expect(chart.svg).not.toMatch(/<script|href=|url\(/i);
    expect(chart.alt).toBe('Chart of Care leavers in education, employment or training: baseline 52% (March 2024), target 65% (March 2027). 2025-26 Q1: 55%; 2025-26 Q2: 57%.');
  });

  it('never shows a count under the threshold, in the drawing or the description, and shows one at the threshold', () => {
    const missing = measure('Children missing from care', '12', '6');
    const hidden = measureChartSvg(missing, currentFigures(history([['2025-26 Q1', 7], ['2025-26 Q2', 4]])), { suppressBelow: 5 });
    expect(hidden.alt).toContain('2025-26 Q2: fewer than 5');
    expect(hidden.alt).not.toMatch(/\b4\b/);
    expect(hidden.svg).toContain('>fewer than 5<');
    expect([...hidden.svg.matchAll(/>([^<]*)</g)].map((match) => match[1]).filter((text) => text === '4')).toEqual([]);
    const shown = measureChartSvg(missing, currentFigures(history([['2025-26 Q1', 7], ['2025-26 Q2', 5]])), { suppressBelow: 5 });
    expect(shown.alt).toContain('2025-26 Q2: 5.');
    expect(shown.svg).not.toContain('fewer than');
  });

  it('escapes the indicator text and says when there are no figures', () => {
    const odd = measureChartSvg(measure('Young people "settled" <at home> & school', '10', '20'), [], { suppressBelow: 5 });
    expect(odd.svg).toContain('Young people &quot;settled&quot; &lt;at home&gt; &amp; school');
    expect(odd.svg).toContain('No figures recorded yet');
    expect(odd.alt).toMatch(/No figures recorded yet\.$/);
  });
});

describe('small-number suppression', () => {
  it('hides counts below the threshold only', () => {
    expect(printedFigure(4, 'count', 5)).toBe('fewer than 5');
    expect(printedFigure(0, 'count', 5)).toBe('fewer than 5');
    expect(printedFigure(5, 'count', 5)).toBe('5');
    expect(printedFigure(1204, 'count', 5)).toBe('1,204');
    expect(printedFigure(9, 'count', 10)).toBe('fewer than 10');
    expect(printedFigure(4, 'percentage', 5)).toBe('4%');
    expect(printedFigure(4.5, 'number', 5)).toBe('4.5');
  });
});
