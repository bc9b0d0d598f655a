import { describe, expect, it } from 'vitest';
import { namesAnotherDay } from '../src/notices/chat/another-day.ts';
import { answerAboutNotice, questionIn, readReply } from '../src/notices/chat/read-reply.ts';

const standingCommittee = {
  id: 1,
  title: '关于召开市政协十四届常委会第十次会议的通知',
  time: '12月5日（星期五）上午9:00',
  place: '市民之家三楼第一会议室',
  scope: '全体常委',
  body: '请提前15分钟到场，着正装。联系人：市政协办公室王秘书，电话0719-8123456。',
  replyBy: null,
};
const DEC_1 = new Date('2026-12-01T10:00:00+08:00');

describe('a reply form filled in', () => {
  it('keeps the reason and the note written after the tick, without the form’s labels', () => {
    expect(readReply('【回执】会议：市政协十四届常委会第十次会议 是否参加：请假 原因：赴外地考察')).toEqual({ kind: 'leave', reason: '赴外地考察' });
    expect(readReply('是否参加：否（√） 原因：出差')).toEqual({ kind: 'leave', reason: '出差' });
    expect(readReply('是否参加：参加 备注：晚到半小时')).toEqual({ kind: 'attend', remark: '晚到半小时' });
  });
});

describe('answers in everyday words', () => {
  it('reads Henan 中 said of oneself as coming, and 中 alone as an okay to ask about', () => {
    expect(readReply('俺中').kind).toBe('attend');
    expect(readReply('常委会我中').kind).toBe('attend');
    expect(readReply('中').kind).toBe('unclear');
  });

  it('reads Wu 辰光 (时候) and 个 closing a yes (来的)', () => {
    expect(readReply('好个，到辰光去个').kind).toBe('attend');
    expect(readReply('礼拜五我来个').kind).toBe('attend');
  });

  it('takes a no after the diary was looked at, while looking at it first is not yet an answer', () => {
    expect(readReply('不好意思刚看了下日程，去不了，要出差')).toEqual({ kind: 'leave', reason: '要出差' });
    expect(readReply('我查一下日程再回你').kind).toBe('unclear');
  });
});

describe('a later period named', () => {
  it('is no answer to a meeting held before it', () => {
    expect(namesAnotherDay('下个月我儿子结婚，请你们喝喜酒啊哈哈', [standingCommittee], DEC_1)).toBe(true);
    expect(namesAnotherDay('明年我就退休了', [standingCommittee], DEC_1)).toBe(true);
  });

  it('is the meeting’s own when the meeting falls in it', () => {
    const january = { ...standingCommittee, time: '1月8日上午9:00' };
    expect(namesAnotherDay('下个月我在外地，来不了', [january], DEC_1)).toBe(false);
  });
});

describe('asking to bring somebody along', () => {
  it('is a question about the meeting, answered with its particulars and its contact', () => {
    expect(questionIn('能不能带个人去，我秘书陪我')).toBe('other');
    const answer = answerAboutNotice('other', standingCommittee, '能不能带个人去，我秘书陪我');
    expect(answer).toContain('全体常委');
    expect(answer).toContain('王秘书');
  });

  it('reads somebody named, then 带他, as the same, and 带他的材料 as something to bring', () => {
    expect(questionIn('办公室小李也想来旁听，能带她一起吗')).toBe('other');
    expect(questionIn('要带他的发言材料吗')).toBe('bring');
  });
});

describe('answers a clerk reads at a glance', () => {
  it.each<[string, string]>([
    ['参加，哦不，那天要出差', 'leave'],
    ['去不了是不可能的😄 一定到', 'attend'],
    ['民盟那边周末的活动我请假了，常委会照常参加', 'attend'],
    ['周末的会请过假了，这个10号的我来', 'attend'],
    ['阿拉来额，放心好了', 'attend'],
    ['那天下午我在省城答辩', 'leave'],
    ['帮我跟老刘说一声，晚上的球我去不了', 'none'],
  ])('%s', (text, kind) => {
    expect(readReply(text).kind).toBe(kind);
  });

  it('hears 要穿正装嘛 as a question about dress', () => {
    expect(readReply('要穿正装嘛')).toEqual({ kind: 'question', topic: 'dress' });
  });
});

describe('coming said by the hour or as a matter of course', () => {
  it.each(['收到，我提前15分钟到', '莫得问题，要来的'])('%s', (text) => {
    expect(readReply(text).kind).toBe('attend');
  });

  it('leaves 刚看了日程 out of the reason', () => {
    expect(readReply('刚看了日程，那天要去省里开会，请假')).toEqual({ kind: 'leave', reason: '那天要去省里开会' });
  });
});

describe('a worry had before', () => {
  it('is no answer beside the one given', () => {
    expect(readReply('本人连续几周在外跑市场，原本担心时间安排不过来，已将相关工作作了调整，届时本人将准时出席').kind).toBe('attend');
    expect(readReply('本来以为能去，结果那天要出差，请假')).toEqual({ kind: 'leave', reason: '那天要出差' });
  });
});

describe('a relative answering for the member', () => {
  it('keeps the member’s reason told as 他, and not how the phone came to hand', () => {
    expect(readReply('我是他老伴，他住院了，这个会去不了')).toEqual({ kind: 'leave', reason: '他住院了' });
    expect(readReply('我是张委员爱人，他手机在我这儿，他让我回一下，请假')).toEqual({ kind: 'leave', reason: '' });
  });
});
