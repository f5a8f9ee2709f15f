import { svgDataUrl } from '../../shared/model/svgImage.js';
import { measureChartSvg } from '../../shared/progress/chart.js';
import type { MeasureProgress } from '../../shared/progress/report.js';

/** A measure's chart as an image source: the same SVG the exports embed, shown through <img> so no markup of it enters the page. */
export function chartImage(progress: MeasureProgress, suppressBelow: number): { src: string; alt: string } {
  const chart = measureChartSvg(progress.measure, progress.figures, { suppressBelow });
  return { src: svgDataUrl(chart.svg), alt: chart.alt };
}
