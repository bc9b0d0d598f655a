import { describe, expect, it } from 'vitest';
import { namesAnotherDay } from '../src/notices/chat/another-day.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';

const standingCommittee = {
  id: 1,
  title: '关于召开市政协十四届常委会第十次会议的通知',
  time: '12月5日（星期六）上午9:00',
  place: '市民之家三楼第一会议室',
  scope: '全体常委',
  body: '请提前15分钟到场，着正装。',
  replyBy: null,
};
const NOV_28 = new Date('2026-11-28T10:00:00+08:00');

describe('a yes asked back', () => {
  it('reads "还能不去？" without 吗 as coming, and with 吗 as asking to stay away', () => {
    expect(readReply('点名要我汇报，我还能不来？').kind).toBe('attend');
    expect(readReply('这种会我还敢不去？你放心').kind).toBe('attend');
    expect(readReply('上次去过了，这次还能不去吗').kind).not.toBe('attend');
  });
});

describe('a yes on a condition', () => {
  it('is coming when the member comes on the condition and on its opposite too', () => {
    expect(readReply('要是不安排我发言就坐着听，安排了我准备好也来').kind).toBe('attend');
  });

  it('is coming when the member says the thing that would stop them is not in sight', () => {
    expect(readReply('只要不加班一定到，那周暂时没有加班').kind).toBe('attend');
  });

  it('stays a question while the other branch is a no, however it is said', () => {
    expect(readReply('如果不刮大风我就去，刮大风了船一停就过不来').kind).toBe('unclear');
  });
});

describe('a month named for the member’s own event', () => {
  it('is no answer to a meeting on one day of that month', () => {
    expect(namesAnotherDay('下个月我儿子办婚礼，到时候请大家来喝喜酒', [standingCommittee], NOV_28)).toBe(true);
  });

  it('is the meeting’s own when the member is away the whole of it', () => {
    expect(namesAnotherDay('下个月我都在外地', [standingCommittee], NOV_28)).toBe(false);
    expect(namesAnotherDay('下个月我在外地学习', [standingCommittee], NOV_28)).toBe(false);
  });
});
