import { describe } from 'vitest';
import { attend, leave, table, unclear } from './support/reply-readings.ts';

describe('checking in somewhere else is why the member cannot come; checking in at the meeting is coming', () => {
  table([
    ['下周要去党校报到培训 这次来不了', leave('下周要去党校报到培训')],
    ['我按时去会场报到', attend()],
  ]);
});

describe('请假 typed by its sound, as a clause of its own', () => {
  table([
    ['请价 孩子发烧', leave('孩子发烧')],
    ['请家里人帮我问问', unclear],
  ]);
});

describe('going to another place to attend something else is why the member cannot come', () => {
  table([
    ['要去竹山参加项目评审', leave('要去竹山参加项目评审')],
    ['我要去市民之家参加常委会', attend()],
  ]);
});

describe('someone asked to go in the member’s place means the member is absent', () => {
  table([
    ['我来不了能让我们办公室主任代我参加吗？那天要去杭州开展会', leave('那天要去杭州开展会')],
  ]);
});

describe('a yes with the day said first, in dialect, and 不辽 for 不了', () => {
  table([
    ['10号去的，晓得了', attend()],
    ['中，那天俺来', attend()],
    ['那天我来不辽 我们厂里要迎检', leave('厂里要迎检')],
  ]);
});
