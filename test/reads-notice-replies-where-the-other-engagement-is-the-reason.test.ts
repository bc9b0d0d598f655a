import { describe, expect, it } from 'vitest';
import { readReply } from '../src/notices/chat/read-reply.ts';
import { splitPerNotice } from '../src/notices/chat/several-notices.ts';

const A = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼第一会议室' };
const B = { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日（星期四）下午2:30', place: '市政协机关四楼会议室' };

describe('another engagement named before 请假', () => {
  it('reads "有个学术会请假" as leave from ours, the conference being why', () => {
    expect(readReply('那天有个学术会请假')).toEqual({ kind: 'leave', reason: '那天有个学术会' });
  });

  it('still reads a leave already taken from the other engagement as no answer to ours', () => {
    expect(readReply('区里周六上午有个培训我请假了').kind).not.toBe('leave');
    expect(readReply('单位有个培训我请个假过来').kind).toBe('attend');
  });

  it('answers both meetings when one is missed for a conference, as relayed by the family', () => {
    expect(splitPerNotice('我是刘院长的爱人，让我帮他回一下：常委会参加，协商会那天他有个学术会请假', [A, B])).toEqual([
      { noticeId: 1, reading: { kind: 'attend', remark: '' } },
      { noticeId: 2, reading: { kind: 'leave', reason: expect.stringContaining('有个学术会') } },
    ]);
  });
});

describe('another engagement given up for both meetings', () => {
  it('records both as attended', () => {
    expect(splitPerNotice('民建这边10号下午也有个活动 我跟他们请假了 政协的会优先 两个我都参加', [A, B])).toEqual([
      { noticeId: 1, reading: { kind: 'attend', remark: '' } },
      { noticeId: 2, reading: { kind: 'attend', remark: '' } },
    ]);
  });

  it('still records a leave said of one of them', () => {
    expect(splitPerNotice('两个都去，协商会那天有手术请假', [A, B])).toEqual([
      { noticeId: 1, reading: { kind: 'attend', remark: '' } },
      { noticeId: 2, reading: { kind: 'leave', reason: '那天有手术' } },
    ]);
  });
});

describe('a meeting kept as usual beside one missed', () => {
  it.each(['后面那个协商会我请假，前面常委会照常', '协商会请假，常委会照旧'])('%s', (text) => {
    expect(splitPerNotice(text, [A, B])).toEqual([
      { noticeId: 2, reading: { kind: 'leave', reason: '' } },
      { noticeId: 1, reading: { kind: 'attend', remark: '' } },
    ]);
  });
});
