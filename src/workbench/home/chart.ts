import { html } from 'hono/html';
import type { Html } from '../layout/page.ts';

/**
 * A chart's place on a page: the ECharts option as JSON in data-chart, drawn by layout/charts.js
 * (the CSP allows no inline script), with a label for screen readers. html`` escapes the JSON.
 */
export function chartBox(label: string, option: unknown): Html {
  return html`<div class="chart" role="img" aria-label="${label}" data-chart="${JSON.stringify(option)}"></div>`;
}

/** What a page with charts loads, in order. */
export const CHART_SCRIPTS = ['/assets/echarts.min.js', '/assets/charts.js'] as const;
