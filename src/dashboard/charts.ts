import type { EChartsOption } from 'echarts';
import type { WeekDashboard } from './week-stats.ts';

/**
 * The dashboard as Apache ECharts options: plain, JSON-safe objects (no functions), so a page can
 * embed them as JSON and hand each to `echarts.init(el).setOption(option)`. Only the type comes
 * from echarts; nothing of it is loaded on the server.
 */
export interface DashboardCharts {
  questions: EChartsOption;
  opinionsByStatus: EChartsOption;
  opinionsByCategory: EChartsOption;
  notices: EChartsOption;
  outbox: EChartsOption;
}

const CHANNEL_NAMES: Record<string, string> = { wechat: '微信', telegram: 'Telegram', console: '控制台' };
const channelName = (channel: string) => CHANNEL_NAMES[channel] ?? channel;
/** Long titles would crowd a phone screen's axis; the full title is in the tooltip. */
const short = (text: string, max = 12) => (text.length > max ? `${text.slice(0, max)}…` : text);

const grid = { left: 40, right: 16, top: 40, bottom: 56, containLabel: true };

export function dashboardCharts(d: WeekDashboard): DashboardCharts {
  return {
    questions: {
      title: { text: `委员提问（${d.questions.asked} 个，未答上 ${d.questions.declined} 个）`, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, data: ['提问', '未答上'] },
      grid,
      xAxis: { type: 'category', data: d.week.days },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '提问', type: 'bar', data: d.questions.perDay.asked },
        { name: '未答上', type: 'line', data: d.questions.perDay.declined },
      ],
    },
    opinionsByStatus: {
      title: { text: `本周社情民意（${d.opinions.submitted} 条）按状态`, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      grid,
      xAxis: { type: 'category', data: d.opinions.byStatus.map((s) => s.status), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '条数', type: 'bar', data: d.opinions.byStatus.map((s) => s.count) }],
    },
    opinionsByCategory: {
      title: { text: '本周社情民意按类别', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          name: '类别',
          type: 'pie',
          radius: ['35%', '65%'],
          // Only categories with reports: empty ones would stack their labels at one point of the
          // ring, and a week with none draws an empty ring, not equal slices of nothing.
          stillShowZeroSum: false,
          data: d.opinions.byCategory.filter((c) => c.count > 0).map((c) => ({ name: c.category, value: c.count })),
        },
      ],
    },
    notices: {
      title: { text: `待回执（${d.notices.awaiting} 人未回复）`, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0, data: ['已回复', '未回复'] },
      grid: { ...grid, left: 8 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: d.notices.open.map((n) => `${n.id} ${short(n.title)}`), inverse: true },
      series: [
        { name: '已回复', type: 'bar', stack: 'roll', data: d.notices.open.map((n) => n.replied) },
        { name: '未回复', type: 'bar', stack: 'roll', data: d.notices.open.map((n) => n.awaiting) },
      ],
    },
    outbox: {
      title: { text: `待发消息（${d.outbox.pending} 条）`, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, data: ['待发送', '累计失败'] },
      grid,
      xAxis: { type: 'category', data: d.outbox.channels.map((c) => channelName(c.channel)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '待发送', type: 'bar', data: d.outbox.channels.map((c) => c.pending) },
        { name: '累计失败', type: 'bar', data: d.outbox.channels.map((c) => c.failed) },
      ],
    },
  };
}
