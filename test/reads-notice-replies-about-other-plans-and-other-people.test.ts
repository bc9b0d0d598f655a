import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import { attend, leave, table, unclear } from './support/reply-readings.ts';
import { testConfig } from './support/test-app.ts';

describe('a course or a contest attended is another engagement', () => {
  table([
    ['10号我要去党校报到，参加中青班培训', leave('10号我要去党校报到，参加中青班培训')],
    ['那天要参加全市教师技能比赛', leave('那天要参加全市教师技能比赛')],
  ]);
});

describe('our meeting given as the reason to miss something else', () => {
  table([['同事约我5号上午去钓鱼，我说要开常委会去不了😂', attend()]]);
});

describe('leave with no way around it, and its reason', () => {
  table([['没法不请假，老爷子病危在ICU', leave('老爷子病危在ICU')]]);
});

describe('a likely no still to be confirmed', () => {
  table([
    ['我估计去不了了，再等我一天确认', unclear],
    ['可能来不了，确定了再告诉你', unclear],
  ]);
});

describe('a reply waiting on the member asking around, and Henan 俺 after the day', () => {
  table([
    ['我问下单位那天有没有安排再回你', unclear],
    ['中！下周四下午俺去', attend()],
  ]);
});

describe('asking after somebody else', () => {
  table([['帮我问一下小陈委员来不来，我想跟她一起过去', { kind: 'none' }]]);
});

describe('leave asked for a colleague', () => {
  // The colleague replies for himself: no leave is recorded on the member who asked.
  it('records no leave for the member', () => {
    expect(readReply('帮我同事李委员也请个假 他在外地').kind).not.toBe('leave');
  });
});

describe('in chat, with an afternoon 协商会 waiting', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster([
    { memberId: 'Q1', name: '委员乙', sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId: 'q1', isGroup: false }] },
    { memberId: 'Q2', name: '委员丙', sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId: 'q2', isGroup: false }] },
  ]);
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const fields: NoticeFields = { title: '关于召开民营经济专题协商会的通知', time: '11月25日下午2:30', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    id = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['Q1', 'Q2'], groups: [] }, 'office', now)).id;
    await app.notices.send(id, 'office', now);
  });
  afterAll(() => app.close());

  it('records a late arrival though the morning is taken by something else', async () => {
    await new ChatDriver(() => app, 'q1').say('两点半赶不上，估计三点多到，上午在郧西有个现场会');
    const roll = await app.notices.roll(id);
    expect(roll.attending.map((entry) => entry.memberId)).toEqual(['Q1']);
  });

  it('records nothing for an evening game skipped', async () => {
    await new ChatDriver(() => app, 'q2').say('晚上的球我去不了哈 跟老张说一声');
    const roll = await app.notices.roll(id);
    expect(roll.excused).toEqual([]);
  });
});

describe('with both meetings waiting, a weekday of this week', () => {
  const now = new Date('2026-12-01T02:00:00Z');
  const roster = new FakeRoster([{ memberId: 'R1', name: '委员丁', sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId: 'r1', isGroup: false }] }]);
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const meetings: NoticeFields[] = [
      { title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日上午9:00', place: '市民之家三楼第一会议室', scope: '全体常委', body: '请提前15分钟到场。', needsReply: true, replyBy: new Date('2026-12-03T10:00:00Z') },
      { title: '关于参加专题协商会的通知', time: '12月10日下午2:30', place: '市政协机关四楼会议室', scope: '相关界别委员', body: '请做好发言准备。', needsReply: true, replyBy: new Date('2026-12-08T10:00:00Z') },
    ];
    for (const fields of meetings) {
      const { id } = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['R1'], groups: [] }, 'office', now);
      await app.notices.send(id, 'office', now);
      ids.push(id);
    }
  });
  afterAll(() => app.close());

  it('reads 这周四下午 as that day, not the Thursday afternoon meeting a week later', async () => {
    await new ChatDriver(() => app, 'r1').say('这周四下午我在区里开会，别的时间都行，常委会参加');
    const [standing, consultation] = [await app.notices.roll(ids[0]!), await app.notices.roll(ids[1]!)];
    expect(standing.attending.map((entry) => entry.memberId)).toEqual(['R1']);
    expect(consultation.excused).toEqual([]);
  });
});
