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
