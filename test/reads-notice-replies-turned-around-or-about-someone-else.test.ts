import { describe, expect, it } from 'vitest';
import { namesAnotherDay } from '../src/notices/chat/another-day.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import { attend, leave, table, unclear } from './support/reply-readings.ts';

describe('a leave that is somebody else’s, beside the member’s own answer', () => {
  table([
    ['常委会我到。顺便说一声，我们科室小刘那天要去省里学习，已经请假了', attend()],
    ['我老公那天单位体检请了假，我这边没问题，参加', attend()],
    ['请假的是我们界别老吴，我是要去的', attend()],
  ]);

  it('records nothing of a colleague’s leave told alone', () => {
    expect(readReply('我们单位小周下周要去外地培训，请假了').kind).not.toBe('leave');
  });
});

describe('a no said to someone else, or overcome before the message ends', () => {
  table([
    ['五号的会我去，本来那天有个同学聚会，我已经跟他们说了去不了', attend()],
    ['本来来不了，刚把出差推了，能参加', attend()],
    ['我不是不愿意去，是担心赶不上，查了下航班九点前能落地，那就去吧', attend('担心赶不上，查了下航班九点前能落地')],
  ]);
});

describe('asked back, or said through a secretary', () => {
  table([
    ['这么要紧的会我还能不来吗', attend()],
    ['协商会这样的会哪能请假，到时见', attend()],
    ['我们书记交代了，常委会他亲自到', attend()],
    ['我把孩子送到学校就直接过去开会', attend()],
  ]);
});

describe('a maybe, to be confirmed later', () => {
  table([['那天家里可能有点事，回头再跟您确认', unclear]]);
});

describe('an answer after the words that lead to it, or in English', () => {
  table([
    ['办公室昨天问我“来不来”，一直没回，现在回复：来', attend()],
    ['我跟公司请好假了，十号下午去开协商会', attend()],
    ['我准时到，发言稿我写好了，就是不知道要不要打印出来', attend()],
  ]);

  it('reads a question about the hour asked in English', () => {
    expect(readReply('What time does the meeting start?')).toEqual({ kind: 'question', topic: 'time' });
  });
});

describe('when the member is back, and when late', () => {
  const standingCommittee = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼第一会议室', scope: '全体常委', body: '', replyBy: null };

  it('reads the day the member is back as no other meeting’s day', () => {
    expect(namesAnotherDay('请假 在外地学习 15号回', [standingCommittee], new Date('2026-11-29T10:00:00+08:00'))).toBe(false);
  });

  it('keeps the hour the member reaches the hall in the note', () => {
    expect(readReply('高铁晚点了，估计十点左右到会场，参加')).toEqual(attend('高铁晚点了，估计十点左右到会场'));
  });
});

describe('a complaint about when meetings are held', () => {
  it('records no leave', () => {
    expect(readReply('别老在周末开会了，我们做生意的周末都忙').kind).not.toBe('leave');
  });

  it('keeps the busy weekend as the reason when leave is asked', () => {
    expect(readReply('周末都很忙，请假')).toEqual(leave('周末都很忙'));
  });
});
