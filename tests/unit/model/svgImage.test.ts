import { describe, expect, it } from 'vitest';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { parseSafeSvg, svgDataUrl, svgFromDataUrl } from '../../../shared/model/svgImage.js';
import { measureChartImage, measureChartSvg } from '../../../shared/progress/chart.js';
import { currentFigures } from '../../../shared/progress/figures.js';
import { measureKind, readAmount, type Measure } from '../../../shared/progress/measures.js';
import { sectionContent } from '../../../electron/core/storage/sections.js';

const baseline = readAmount('52%', '');
const target = readAmount('65%', '');
const measure: Measure = { key: 'k', indicator: 'Care leavers’ work – Cymraeg ŵ', priority: '1', baseline, target, source: '', owner: '', kind: measureKind(baseline, target) };
const figures = currentFigures([{ id: 1, measureId: 'm', period: '2025-26 Q1', value: 55, date: null, source: '', note: '', enteredBy: 'A', enteredAt: '' }]);

const wrap = (inner: string, root = 'xmlns="http://www.w3.org/2000/svg" width="10" height="10"') => `<svg ${root}>${inner}</svg>`;

describe('SVG pictures', () => {
  it('accepts the charts the app draws, with their shapes, title and description, through a data URL', () => {
    const chart = measureChartSvg(measure, figures, { suppressBelow: 5 });
    const parsed = svgFromDataUrl(svgDataUrl(chart.svg));
    expect(parsed?.title).toBe(measure.indicator);
    expect(parsed?.description).toBe(chart.alt);
    expect(parsed?.shapes.some((shape) => shape.name === 'text' && shape.text === '55%')).toBe(true);
    expect(parsed?.shapes.some((shape) => shape.name === 'path')).toBe(true);
  });

  it.each([
    ['a script', wrap('<script>alert(1)</script>')],
    ['an event handler', wrap('<rect width="1" height="1" onload="alert(1)"/>')],
    ['a link to another file', wrap('<image href="http://example.org/x.png" width="1" height="1"/>')],
    ['an xlink', wrap('<rect xlink:href="#a" width="1" height="1"/>')],
    ['a style sheet', wrap('<style>rect{fill:url(http://x)}</style>')],
    ['a url() in a value', wrap('<rect width="1" height="1" fill="url(#g)"/>')],
    ['a foreign object', wrap('<foreignObject><p>hi</p></foreignObject>')],
    ['a declared entity', `<!DOCTYPE svg [<!ENTITY x "y">]>${wrap('<text>&x;</text>')}`],
    ['a comment hiding markup', wrap('<!-- <script> -->')],
    ['CDATA', wrap('<text><![CDATA[<script>]]></text>')],
    ['another namespace', wrap('', 'xmlns="http://www.w3.org/1999/xhtml" width="10" height="10"')],
    ['no size', wrap('', 'xmlns="http://www.w3.org/2000/svg"')],
    ['an unclosed element', '<svg width="10" height="10"><g>'],
    ['two roots', `${wrap('')}${wrap('')}`],
    ['text outside the root', `hello${wrap('')}`],
  ])('refuses %s', (_, markup) => {
    expect(parseSafeSvg(markup)).toBeNull();
  });

  it('keeps a chart in a section and refuses a hostile SVG there with a clear message', () => {
    const image = measureChartImage(measure, figures, { suppressBelow: 5 });
    const doc = (node: NodeJSON): NodeJSON => ({ type: 'doc', content: [node] });
    expect(sectionContent(doc(image)).ok).toBe(true);
    expect(docFromJSON(doc(image)).ok).toBe(true);
    const hostile: NodeJSON = { type: 'image', attrs: { src: svgDataUrl(wrap('<script>alert(1)</script>')), alt: '' } };
    const refused = sectionContent(doc(hostile));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/only embedded PNG, JPEG or GIF images, and the app's own charts/);
  });
});
