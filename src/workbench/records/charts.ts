import type { EChartsOption } from 'echarts';
import type { MemberRecord, YearTable } from '../../records/types.ts';
import { outcomes } from './view.ts';

/**
 * The 履职档案 as ECharts options: plain JSON (no functions), written into a data-chart attribute
 * and drawn by layout/charts.js. Only the type comes from echarts.
 */

const COLORS = { 参加: '#1b6e3a', 请假: '#d08c00', 未回复: '#a4161a', 待回复: '#5b8def', 无需回执: '#9aa1ab' } as const;

/** Said in the middle of a chart with nothing to draw. */
const nothing = (text: string) => [{ type: 'text', left: 'center', top: 'middle', style: { text, fill: '#5b636e', fontSize: 14 } }];

/** A member's (or everyone's) notices by outcome, as a ring; outcomes that did not happen are left out. */
export function meetingsChart(title: string, record: Pick<MemberRecord, 'meetings'>): EChartsOption {
  const happened = outcomes(record.meetings).filter((o) => o.count > 0);
  return {
    title: { text: title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, show: happened.length > 0 },
    ...(happened.length === 0 ? { graphic: nothing('暂无会议通知') } : {}),
    series: [
      {
        name: '会议回执',
        type: 'pie',
        radius: ['35%', '62%'],
        // Counts inside the ring: labels outside it are cut off on a phone, and the legend names them.
        label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
        data: happened.map((o) => ({ name: o.outcome, value: o.count, itemStyle: { color: COLORS[o.outcome] } })),
      },
    ],
  };
}

const grid = { left: 40, right: 16, top: 40, bottom: 56, containLabel: true };

/** The members who submitted most in the year, submitted beside adopted; null when nobody submitted. */
export function opinionsChart(table: YearTable, shown = 10): EChartsOption | null {
  const top = [...table.rows].filter((r) => r.opinions.submitted > 0).sort((a, b) => b.opinions.submitted - a.opinions.submitted || b.opinions.adopted - a.opinions.adopted).slice(0, shown);
  if (top.length === 0) return null;
  return {
    title: { text: `社情民意提交最多的委员（前 ${shown} 位）`, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, data: ['提交', '采用'] },
    grid: { ...grid, left: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((r) => r.name), inverse: true },
    series: [
      { name: '提交', type: 'bar', barMaxWidth: 24, data: top.map((r) => r.opinions.submitted), itemStyle: { color: '#a4161a' } },
      { name: '采用', type: 'bar', barMaxWidth: 24, data: top.map((r) => r.opinions.adopted), itemStyle: { color: '#1b6e3a' } },
    ],
  };
}

/** A member's meetings and reports month by month. */
export function monthsChart(record: MemberRecord): EChartsOption {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const monthOf = (at: Date) => new Date(at.getTime() + 8 * 3600_000).getUTCMonth();
  const meetings = new Array<number>(12).fill(0);
  const attended = new Array<number>(12).fill(0);
  const reports = new Array<number>(12).fill(0);
  for (const m of record.meetingItems) {
    meetings[monthOf(m.sentAt)]! += 1;
    if (m.outcome === '参加') attended[monthOf(m.sentAt)]! += 1;
  }
  for (const o of record.opinionItems) reports[monthOf(o.submittedAt)]! += 1;
  return {
    title: { text: `${record.year}年逐月情况`, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: ['会议通知', '参加', '社情民意'] },
    grid,
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '会议通知', type: 'bar', data: meetings, itemStyle: { color: '#9aa1ab' } },
      { name: '参加', type: 'bar', data: attended, itemStyle: { color: '#1b6e3a' } },
      { name: '社情民意', type: 'line', data: reports, itemStyle: { color: '#a4161a' } },
    ],
  };
}
