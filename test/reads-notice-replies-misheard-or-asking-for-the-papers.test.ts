import { describe, expect, it } from 'vitest';
import { pickNotice } from '../src/notices/chat/several-notices.ts';
import { splitPerNotice } from '../src/notices/chat/several-notices.ts';
import { attend, leave, table } from './support/reply-readings.ts';

/** Replies as voice input and the pinyin keyboard give them, a yes that asks for the papers too, asked back, or beside another body's meeting. */

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

describe('a reply asked back', () => {
  table([
    ['常委会我哪次没去过？', attend()],
    ['你说我能去得了吗，人还在海南呢', leave('人还在海南')],
  ]);
});

describe('a no to a part of the meeting, and a yes to the meeting', () => {
  table([
    ['发言材料我不交了，准备不了，但会我去听', attend('发言材料我不交了，准备不了')],
    ['俺是种地的，营商环境懂得不多，不过会俺去听听', attend()],
  ]);
});

describe('a leave from another body\'s meeting', () => {
  table([
    ['区政协5号那个会我请假了', { kind: 'none' }],
    ['区政协的常委会我请假了，市里的常委会我参加', attend()],
    ['工商联5号也叫开会，我跟那边请假了，来咱们这边', attend()],
  ]);
});

describe('a heavy cross after a meeting', () => {
  it('marks it as a cross does', () => {
    const refs = [
      { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼第一会议室' },
      { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日（星期四）下午2:30', place: '市政协机关四楼会议室' },
    ];
    expect(splitPerNotice('常委会✔️ 协商会✖️ 10号在深圳', refs)).toEqual([
      { noticeId: 1, reading: attend() },
      { noticeId: 2, reading: leave('在深圳') },
    ]);
  });
});
