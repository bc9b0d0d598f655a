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

describe('in chat, after a greeting or a date said first', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster(['M1', 'M2'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '九三学社', committee: '教科委', accounts: [{ channel: 'console', chatId: `g${i + 1}`, isGroup: false }] })));
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const fields: NoticeFields = { title: '关于召开教育工作专题座谈会的通知', time: '11月20日上午9:00', place: '市政协二楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    id = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['M1', 'M2'], groups: [] }, 'office', now)).id;
    await app.notices.send(id, 'office', now);
  });
  afterAll(() => app.close());

  const answerOf = async (memberId: string) => {
    const roll = await app.notices.roll(id);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

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
