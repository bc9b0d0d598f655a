import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply, type ReplyReading } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

const attend = (remark = ''): ReplyReading => ({ kind: 'attend', remark });
const none: ReplyReading = { kind: 'none' };

const table = (cases: [string, ReplyReading][]) =>
  it.each(cases)('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });

describe('a difficulty conceded, and coming all the same', () => {
  table([
    ['虽说这几天嗓子哑了，不过照样来', attend()],
    ['尽管手头事多，我还是要参加', attend()],
    // The day said before the yes.
    ['这阵子忙得脚不沾地，星期五还是去', attend()],
  ]);

  it('still hears a leave when the concession ends in one', () => {
    expect(readReply('虽然很想去，但还是去不了').kind).toBe('leave');
  });
});

describe('saying no is out of the question', () => {
  table([
    ['不来可不行，一定到', attend()],
    ['不去那是不行的', attend()],
  ]);
});

describe('a leave from another body’s meeting beside a yes to ours', () => {
  table([['公司的董事会我请假了，这次常委会参加', attend()]]);

  it('keeps a leave that names the member’s own unit as the reason', () => {
    expect(readReply('单位开会我请假了')).toEqual({ kind: 'leave', reason: '单位开会' });
  });
});

describe('the notice quoted back first', () => {
  it('asks, when the member only acknowledges the line quoted', () => {
    expect(readReply('"会议期间请将手机调至静音"，知道了').kind).toBe('unclear');
  });

  it('reads the answer written after the quote', () => {
    expect(readReply('“请提前15分钟到场”，好的，我参加').kind).toBe('attend');
  });
});

describe('a question passed on for a colleague', () => {
  table([
    ['老周让我帮他问问，他那天能不能请假', none],
    ['替刘委员问一下，她可以请假吗', none],
  ]);

  it('still takes the member’s own question about leave as asking for it', () => {
    expect(readReply('我可以请假吗').kind).toBe('leave');
  });
});

describe('notes beside a yes, said as statements', () => {
  table([
    ['参加，到时需要一个轮椅', attend('到时需要一个轮椅')],
    ['我参加，带上我们所的实习律师一起', attend('带上我们所的实习律师一起')],
    ['来的，打算就养老服务发个言', attend('打算就养老服务发个言')],
  ]);
});

describe('words that only look like an answer', () => {
  table([
    ['我去年报的那个提案有回音了吗', none],
    ['后天的庭审我参加，卷宗晚点给你', none],
  ]);

  it('hears a matter to ask about as a question, not as an engagement', () => {
    expect(readReply('有件事想咨询一下，联系人是谁').kind).toBe('question');
  });

  it('hears which half of the day as a question about the time', () => {
    expect(readReply('座谈会是上午还是下午')).toEqual({ kind: 'question', topic: 'time' });
  });
});

describe('regional and spoken forms', () => {
  table([
    ['中，俺也去', attend()],
    ['开多久都无所谓，不管多晚都来', attend()],
  ]);

  it('reads a Cantonese absence and keeps the reason in the member’s words', () => {
    expect(readReply('嗰日唔得闲，要陪老豆睇医生')).toEqual({ kind: 'leave', reason: '那天没空，要陪老豆睇医生' });
  });

  it('keeps 俺 in a reason', () => {
    expect(readReply('俺去不了，俺在地里收菜哩')).toEqual({ kind: 'leave', reason: '俺在地里收菜哩' });
  });
});

describe('a leave note sent as a file, or said to be sent', () => {
  it('takes a file named 请假条 as a leave without a reason yet', () => {
    expect(readReply('[文件] 请假单.pdf')).toEqual({ kind: 'leave', reason: '' });
  });

  it('takes the reason beside "请假条已经发给您了"', () => {
    expect(readReply('请假条已经发给您了，那周在党校学习')).toEqual({ kind: 'leave', reason: '那周在党校学习' });
  });
});

describe('a yes on a condition still open, naming the meeting', () => {
  it('is asked about, not taken', () => {
    expect(readReply('座谈会那个假如航班不延误就去').kind).toBe('unclear');
  });
});

describe('a need for help getting in, beside a yes', () => {
  table([['参加，行动不便需要有人接一下', attend('行动不便需要有人接一下')]]);
});

describe('asked back when they ever missed one', () => {
  table([
    ['常委会我哪次缺席过', attend()],
    ['我什么时候请过假嘛', attend()],
  ]);
});

describe('a short answer said first, then other business', () => {
  it('is the answer, and the business is no part of it', () => {
    expect(readReply('到会。顺便问一下我那条提案立案了没有')).toEqual(attend());
    expect(readReply('请假，还有我想反映一下小区停车的问题')).toEqual({ kind: 'leave', reason: '' });
  });

  it('is still other business when what comes first is no answer', () => {
    expect(readReply('收到。另外社情民意怎么报送').kind).not.toBe('attend');
  });
});

describe('in chat, after a greeting or a date said first', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster(['M1', 'M2', 'M3'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '九三学社', committee: '教科委', accounts: [{ channel: 'console', chatId: `g${i + 1}`, isGroup: false }] })));
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const fields: NoticeFields = { title: '关于召开教育工作专题座谈会的通知', time: '11月20日上午9:00', place: '市政协二楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    id = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['M1', 'M2', 'M3'], groups: [] }, 'office', now)).id;
    await app.notices.send(id, 'office', now);
  });
  afterAll(() => app.close());

  const answerOf = async (memberId: string) => {
    const roll = await app.notices.roll(id);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('takes back an answer the member says was sent by mistake', async () => {
    const member = new ChatDriver(() => app, 'g3');
    expect(await member.say('参加')).toContain('已登记：参加');
    expect(await member.say('哎呀发错群了，这条不是给你们的')).toContain('已撤销');
    expect(await answerOf('M3')).toBeUndefined();
  });

  it('asks the reason of a leave that follows a greeting, and keeps it', async () => {
    const member = new ChatDriver(() => app, 'g1');
    await member.say('您好');
    expect(await member.say('座谈会我请个假')).toContain('原因');
    await member.say('那几天在北京参加培训');
    expect(await answerOf('M1')).toMatchObject({ answer: '请假', reason: expect.stringContaining('北京参加培训') });
  });

  it('takes what the meeting’s day holds, said first, as the reason of the leave after it', async () => {
    const member = new ChatDriver(() => app, 'g2');
    expect(await member.say('20号学校有期末监考')).toContain('参加还是请假');
    await member.say('来不了');
    expect(await answerOf('M2')).toMatchObject({ answer: '请假', reason: expect.stringContaining('期末监考') });
  });
});

describe('not coming asked back as unthinkable', () => {
  table([['哪可能不参加啊', attend()]]);

  it('keeps what the member adds as a remark', () => {
    expect(readReply('怎么可能不去 这个会我还要发言呢').kind).toBe('attend');
  });

  it('still hears a member asking to stay away', () => {
    expect(readReply('我能不去吗？那天要去外地考察')).toEqual({ kind: 'leave', reason: '那天要去外地考察' });
  });
});

describe('what someone else said of the member, then the member’s own word', () => {
  table([
    ['我家那位说我准又要请假 我偏不 这次去', attend()],
    ['秘书替我说我请假了，不对，我参加', attend()],
  ]);

  it('still takes what was said of the member when the member says nothing else', () => {
    expect(readReply('我爱人说我去不了，孩子高考')).toMatchObject({ kind: 'leave' });
  });
});

describe('wanting to come, and what stands in the way', () => {
  table([
    ['本来挺想去的，单位临时派我去北京', { kind: 'leave', reason: '单位临时派我去北京' }],
    ['去是想去的，就是那天有手术', { kind: 'leave', reason: '那天有手术' }],
    ['要是能去就好了，这几天在外地培训', { kind: 'leave', reason: '这几天在外地培训' }],
  ]);

  it('still hears coming when the wish ends in a yes', () => {
    expect(readReply('本来就想去的，到时候见').kind).toBe('attend');
  });
});
