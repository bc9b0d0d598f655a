import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

describe('replies read on their own', () => {
  it('asks about trying to come', () => {
    for (const said of ['尽量去吧', '争取参加', '我尽量赶过来']) expect(readReply(said).kind).toBe('unclear');
    expect(readReply('尽量准时到').kind).toBe('attend');
  });

  it('reads 参加 typed as 参夹', () => {
    expect(readReply('一定参夹').kind).toBe('attend');
  });

  it('keeps a family member called 老娘 in the reason', () => {
    expect(readReply('俺那天来不了，老娘住院要人照顾')).toEqual({ kind: 'leave', reason: '老娘住院要人照顾' });
  });

  it('asks about 请加 alone, a slip for either answer, but takes it with a reason', () => {
    expect(readReply('请加').kind).toBe('unclear');
    expect(readReply('请加，那天要回老家').kind).toBe('leave');
  });

  it('asks about coming only if back in time, or maybe being away', () => {
    expect(readReply('那天我可能在外地，能赶回来就参加').kind).toBe('unclear');
  });

  it('reads being needed at another event as not coming', () => {
    expect(readReply('实在抱歉，那天有个项目签约，我是法人必须到场')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('项目签约') });
    expect(readReply('那天有个协商会，我必须到场').kind).toBe('attend');
  });

  it('reads 来不倒 as cannot come', () => {
    expect(readReply('我来不倒哦，在外头开会')).toEqual({ kind: 'leave', reason: '在外头开会' });
  });

  it('takes a leave put off on a condition for no leave yet', () => {
    expect(readReply('准备参加，就是膝盖不好，要是那天走不动再跟你请假').kind).toBe('attend');
  });

  it('takes the relative’s answer written for them', () => {
    expect(readReply('帮我爸回个话，他参加').kind).toBe('attend');
    expect(readReply('代刘委员回复：准时参加').kind).toBe('attend');
  });
});

describe('in chat, with a 协商会 and a 常委会', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster(['M1', 'M2', 'M3', 'M4', 'M5', 'M6'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '民建', committee: '经济委', accounts: [{ channel: 'console', chatId: `w${i + 1}`, isGroup: false }] })));
  let app: App;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const send = async (key: string, fields: NoticeFields, members: string[]) => {
      ids[key] = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members, groups: [] }, 'office', now)).id;
      await app.notices.send(ids[key], 'office', now);
    };
    const replyBy = new Date('2026-11-18T10:00:00Z');
    await send('council', { title: '关于召开市政协常委会第八次会议的通知', time: '11月20日上午9:00', place: '市政协一楼会议室', scope: '全体常委', body: '请准时参加。', needsReply: true, replyBy }, ['M3', 'M4']);
    await send('talks', { title: '关于召开民营经济专题协商会的通知', time: '11月25日下午2:30', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy }, ['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
  });
  afterAll(() => app.close());

  const answerOf = async (key: string, memberId: string) => {
    const roll = await app.notices.roll(ids[key] ?? 0);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('records nothing for a meeting the member has no notice for, and says which one waits', async () => {
    const member = new ChatDriver(() => app, 'w1');
    const reply = await member.say('常委会我请假，那几天在外地');
    expect(reply).toContain('民营经济专题协商会');
    expect(await answerOf('talks', 'M1')).toBeUndefined();
  });

  it('reads the rest of the message for the meeting that waits', async () => {
    const member = new ChatDriver(() => app, 'w2');
    await member.say('20号的常委会我不是常委去不了，25号这个我参加');
    expect(await answerOf('talks', 'M2')).toMatchObject({ answer: '参加' });
  });

  it('reads an answer put right while the reason is asked', async () => {
    const member = new ChatDriver(() => app, 'w3');
    expect(await member.say('常委会请假')).toContain('原因');
    await member.say('不对，记错日子了，常委会我能去，是协商会去不了');
    await member.say('协商会那天要去省里开会');
    expect(await answerOf('council', 'M3')).toMatchObject({ answer: '参加' });
    expect(await answerOf('talks', 'M3')).toMatchObject({ answer: '请假', reason: expect.stringContaining('省里开会') });
  });

  it('takes two days joined by 、 as both meetings', async () => {
    const member = new ChatDriver(() => app, 'w3');
    await member.say('我20号、25号都在外地，两个会都请假');
    expect(await answerOf('council', 'M3')).toMatchObject({ answer: '请假', reason: expect.stringContaining('在外地') });
    expect(await answerOf('talks', 'M3')).toMatchObject({ answer: '请假', reason: expect.stringContaining('在外地') });
  });

  it('records nothing for another event, a request about it included', async () => {
    const member = new ChatDriver(() => app, 'w1');
    await member.say('下午文联的茶话会我参加，麻烦帮我留个位子');
    expect(await answerOf('talks', 'M1')).toBeUndefined();
  });

  it('asks when only the other half of the meeting’s day is busy', async () => {
    const member = new ChatDriver(() => app, 'w5');
    expect(await member.say('25号上午我有课')).toContain('参加');
    expect(await answerOf('talks', 'M5')).toBeUndefined();
  });

  it('sets apart what is said of a meeting pointed at by a day no waiting meeting is on', async () => {
    const member = new ChatDriver(() => app, 'w6');
    expect(await member.say('20号那个会我去')).toContain('民营经济专题协商会');
    expect(await answerOf('talks', 'M6')).toBeUndefined();
    await member.say('25号的我到，20号的还说不准');
    expect(await answerOf('talks', 'M6')).toMatchObject({ answer: '参加' });
  });

  it('reads ticks and crosses set before each meeting', async () => {
    const member = new ChatDriver(() => app, 'w4');
    await member.say('✅常委会 ❌协商会（出差）');
    expect(await answerOf('council', 'M4')).toMatchObject({ answer: '参加' });
    expect(await answerOf('talks', 'M4')).toMatchObject({ answer: '请假', reason: expect.stringContaining('出差') });
  });
});

describe('an answer passed on for someone named', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  let app: App;
  let id = 0;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { now: () => now });
    for (const [account, name] of [['zhang', '张建国'], ['wang', '王丽']] as const) {
      const { member } = await app.storage.members.upsert({ name, sector: '民建', phone: `1390719${account === 'zhang' ? '0001' : '0002'}` }, now);
      await app.storage.members.bind(`console:${account}`, member.id, now);
      ids[account] = member.id;
    }
    const fields: NoticeFields = { title: '关于召开民营经济专题协商会的通知', time: '11月25日下午2:30', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    id = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: Object.values(ids), groups: [] }, 'office', now)).id;
    await app.notices.send(id, 'office', now);
  });
  afterAll(() => app.close());

  const answerOf = async (account: string) => {
    const roll = await app.notices.roll(id);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === ids[account]);
  };

  it('records it for the account’s owner when the registry shows it is them', async () => {
    await new ChatDriver(() => app, 'zhang').say('张委员让我转告：协商会他参加');
    expect(await answerOf('zhang')).toMatchObject({ answer: '参加' });
  });

  it('records nothing for another member, and says so', async () => {
    const reply = await new ChatDriver(() => app, 'wang').say('老李刚打电话说他去不了，让我跟你们说一声');
    expect(reply).toContain('老李的回执请由本人回复');
    expect(await answerOf('wang')).toBeUndefined();
  });
});
