import { describe, expect, it } from 'vitest';
import { pickNotice } from '../src/notices/chat/several-notices.ts';
import { attend, leave, table } from './support/reply-readings.ts';

/** Replies as voice input and the pinyin keyboard give them, and a yes that asks for the papers too. */

describe('a leave or a meeting misheard', () => {
  table([
    ['秦假 十号要去省厅汇报', leave('十号要去省厅汇报')],
    ['中，礼拜六俺去', attend()],
  ]);

  const A = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼第一会议室' };
  const B = { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日（星期四）下午2:30', place: '市政协机关四楼会议室' };

  it('reads 常委惠 as the 常委会', () => {
    expect(pickNotice('常委惠我惨加', [A, B])).toBe(1);
  });

  it('keeps 常委汇报 a word of its own', () => {
    expect(pickNotice('我要向常委汇报一下', [A, B])).toBeNull();
  });
});

describe('a yes that asks for the papers to read beforehand', () => {
  table([['参加。能不能把《关于优化营商环境的协商报告》电子版先发我一份，想提前看看', attend('把《关于优化营商环境的协商报告》电子版先发我一份')]]);
});
