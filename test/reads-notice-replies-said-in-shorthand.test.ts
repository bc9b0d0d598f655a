import { describe, expect, it } from 'vitest';
import { questionIn, readReply, type ReplyReading } from '../src/notices/chat/read-reply.ts';
import { splitPerNotice } from '../src/notices/chat/several-notices.ts';

/** Replies typed in a hurry on a phone: marks instead of words, a word said twice over. */

const attend = (remark = ''): ReplyReading => ({ kind: 'attend', remark });
const leave = (reason = ''): ReplyReading => ({ kind: 'leave', reason });

const refs = [
  { id: 3, title: '关于召开市政协常委会会议的通知', time: '11月20日上午9:00', place: '一号会议室' },
  { id: 4, title: '关于召开民营经济专题协商会的通知', time: '11月26日下午3:00', place: '四楼会议室' },
];

describe('a tick or a cross after each meeting named', () => {
  it('marks the meeting before it, by day or by name', () => {
    expect(splitPerNotice('20号✅ 26号✅', refs)).toEqual([
      { noticeId: 3, reading: attend() },
      { noticeId: 4, reading: attend() },
    ]);
    expect(splitPerNotice('协商会✔️ 常委会✘ 住院', refs)).toEqual([
      { noticeId: 4, reading: attend() },
      { noticeId: 3, reading: leave('住院') },
    ]);
  });

  it('reads a hand up and arms crossed after a meeting as a tick and a cross', () => {
    expect(splitPerNotice('常委会🙋‍♂️ 协商会🙅‍♂️ 人在上海', refs)).toEqual([
      { noticeId: 3, reading: attend() },
      { noticeId: 4, reading: leave('人在上海') },
    ]);
  });

  it('still marks the meeting after it when the message opens with the mark', () => {
    expect(splitPerNotice('❌常委会 ✅协商会', refs)).toEqual([
      { noticeId: 3, reading: leave() },
      { noticeId: 4, reading: attend() },
    ]);
  });
});

describe('a short answer said twice over', () => {
  it('is read as said once', () => {
    expect(readReply('请假请假，家里有事')).toEqual(leave('家里有事'));
    expect(splitPerNotice('都到都到🙏', refs)).toEqual([
      { noticeId: 3, reading: attend() },
      { noticeId: 4, reading: attend() },
    ]);
  });
});

describe('a must or a may closed by 不', () => {
  it('asks whether, about the meeting', () => {
    expect(questionIn('需要穿正装不')).toBe('dress');
    expect(questionIn('要带委员证不')).toBe('bring');
  });

  it('is no question when it sets a condition', () => {
    expect(readReply('要是下大雪就不').kind).not.toBe('question');
  });
});

describe('coming said with how they come', () => {
  it('is a yes', () => {
    expect(readReply('脚崴了，到时候拄拐过来').kind).toBe('attend');
    expect(readReply('我自己开车来，不用派车')).toEqual(attend('不用派车'));
  });

  it('is no yes when the ride goes somewhere else', () => {
    expect(readReply('那天一早坐高铁去省城').kind).not.toBe('attend');
  });
});
