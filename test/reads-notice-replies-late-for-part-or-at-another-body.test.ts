import { describe, expect, it } from 'vitest';
import { namedIn } from '../src/notices/chat/notice-mentions.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';

describe('coming late or for part of the meeting', () => {
  it('keeps an hour said roughly as the note', () => {
    expect(readReply('路上要两个钟头 我两点多才能到')).toEqual({ kind: 'attend', remark: '两点多才能到' });
    expect(readReply('我来的 估计五点钟的样子到')).toMatchObject({ kind: 'attend', remark: expect.stringContaining('五点钟的样子到') });
  });

  it('reads hurrying over once something else is done as coming', () => {
    expect(readReply('那天上午要开个庭，开完赶过来大概十点半').kind).toBe('attend');
  });

  it('keeps the half of the meeting attended, said without 只', () => {
    expect(readReply('参加后半场，前面要送孩子')).toMatchObject({ kind: 'attend', remark: expect.stringContaining('后半场') });
  });
});

describe('another body’s meeting', () => {
  it('takes a bare 列席 after it is named as attending that meeting, not ours', () => {
    expect(readReply('那天下午市人大开会，我得去列席').kind).toBe('leave');
  });
});

describe('days away said as a span', () => {
  it('names the meeting held within them', () => {
    const notices = [
      { id: 1, title: '关于召开常委会会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家' },
      { id: 2, title: '关于参加专题协商会的通知', time: '12月10日（星期四）下午2:30', place: '市政协机关四楼会议室' },
    ];
    expect(namedIn('9号到11号我在北京开会', notices).mentions.map((m) => m.id)).toEqual([2]);
    expect(namedIn('3号到6号在外地', notices).mentions.map((m) => m.id)).toEqual([1]);
  });
});
