import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readLeaveReason, readReply } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, replyOf, sendNoticeTo } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

/** Replies whose 不去, 请假 or 没空 is said of something else, and yeses said the long way round. */

describe('another invitation turned down for our meeting', () => {
  it('is coming', () => {
    expect(readReply('同学周六结婚喊我去当证婚人，我说不去了，开会要紧').kind).toBe('attend');
    expect(readReply('我老婆让我周六陪她回娘家，我说不行要开常委会😂她还跟我怄气').kind).toBe('attend');
    expect(readReply('哦不是 我是说周六单位那个团建我请假了，专门空出来开常委会的').kind).toBe('attend');
  });

  it('is not read into an absence for a reason put above the meeting', () => {
    expect(readReply('家里老人住院比开会要紧')).toMatchObject({ kind: 'leave' });
    expect(readReply('我是刘委员的秘书，刘总12月5号在国外回不来，常委会请假')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('国外回不来') });
  });
});

describe('yeses asked back or said in dialect', () => {
  it('are coming', () => {
    for (const text of ['咋可能不去嘛 营商环境是我们民建的老本行', '领导点名要审议的报告 我敢不去吗😂', '中！下周四一准儿到', '九点搞得赢 放心', '如果没有特殊情况我肯定参加', '上回协商会我请假了没去成，这次一定补上']) {
      expect(readReply(text).kind, text).toBe('attend');
    }
  });

  it('ask back about a bare "我能不去吗" (a leave asked for, or a rhetorical yes), and keep "不敢不来" a yes', () => {
    expect(readReply('我能不去吗').kind).toBe('unclear');
    expect(readReply('我能不去吗，那天要陪老伴复查').kind).toBe('leave');
    expect(readReply('去年常委会我缺过一次被点名了 这次不敢不来😅').kind).toBe('attend');
  });
});

describe('wanting to come, then what stands in the way', () => {
  it('is a leave for that reason', () => {
    expect(readReply('特别想参加这个协商会，营商环境我一肚子话要说，可是下周四要飞上海谈个合同，实在没办法')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('上海') });
  });
});

describe('an answer passed on after a colon', () => {
  it('is the member\'s', () => {
    expect(readReply('我是马总的秘书小林，马总让我回复：协商会参加').kind).toBe('attend');
  });
});

describe('another body\'s meeting', () => {
  it('is the reason for the absence, in the bubble after 请假 too', () => {
    expect(readLeaveReason('在省人大列席会议')).toContain('省人大');
    expect(readReply('那天在省政协参加会议')).toMatchObject({ kind: 'leave' });
    expect(readReply('在市政协参加会议').kind).toBe('attend');
  });
});

describe('coming late, with why said before the hour', () => {
  it('keeps the hour of arriving in the note', () => {
    expect(readReply('9点赶不上，早上先送我家老爷子去透析，估计十点前能到')).toMatchObject({ kind: 'attend', remark: expect.stringContaining('晚到') });
  });
});

describe('two weekdays set against each other, in chat', () => {
  const now = new Date('2026-12-01T02:00:00Z');
  const roster = new FakeRoster(['d1', 'd2'].map((chatId, i) => ({ memberId: `D${i + 1}`, name: `委员${i + 1}`, sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId, isGroup: false }] })));
  const saturday: NoticeFields = { title: '关于召开市政协常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼', scope: '全体常委', body: '', needsReply: true, replyBy: new Date('2026-12-03T10:00:00Z') };
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    id = await sendNoticeTo(app, saturday, ['D1', 'D2'], now);
  });
  afterAll(() => app.close());

  it('answers by the one the meeting is on', async () => {
    await new ChatDriver(() => app, 'd1').say('周五没空 周六有空');
    expect(await replyOf(app, id, 'D1')).toMatchObject({ answer: '参加' });
    await new ChatDriver(() => app, 'd2').say('周六没空，周五倒是有空');
    expect(await replyOf(app, id, 'D2')).toMatchObject({ answer: '请假' });
  });
});

describe('words that are no one and no meeting', () => {
  it('keeps 老早 in the reason, and a particle out of what names a notice', async () => {
    expect(readReply('我来勿了，老早定好了去上海复查')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('上海复查') });
    const { namedIn } = await import('../src/notices/chat/notice-mentions.ts');
    const A = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日上午9:00', place: '市民之家三楼', body: '会议审议《关于优化营商环境的协商报告》。' };
    const B = { id: 2, title: '关于参加"优化营商环境"专题协商会的通知', time: '12月10日下午2:30', place: '市政协机关四楼', body: '围绕优化营商环境开展专题协商。' };
    expect(namedIn('讨论营商环境的那个会我参加', [A, B]).mentions).toEqual([]);
  });
});

describe('an absence said of next month', () => {
  const now = new Date('2026-12-01T02:00:00Z');
  const roster = new FakeRoster([{ memberId: 'M1', name: '委员甲', sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId: 'm1', isGroup: false }] }]);
  const talks: NoticeFields = { title: '关于参加专题协商会的通知', time: '12月10日下午2:30', place: '市政协机关四楼会议室', scope: '相关界别委员', body: '', needsReply: true, replyBy: new Date('2026-12-08T10:00:00Z') };
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    id = await sendNoticeTo(app, talks, ['M1'], now);
  });
  afterAll(() => app.close());

  it('is no answer to this month\'s meeting, though said in a clause of its own', async () => {
    await new ChatDriver(() => app, 'm1').say('下个月我儿子结婚，提前跟您说一声到时候可能有些会来不了');
    expect(await replyOf(app, id, 'M1')).toBeUndefined();
  });
});

describe('free on a day no meeting is on', () => {
  it('points at no meeting, though the half of the day is a meeting\'s', async () => {
    const { namedIn } = await import('../src/notices/chat/notice-mentions.ts');
    const A = { id: 1, title: '关于召开市政协常委会的通知', time: '12月5日（星期五）上午9:00', place: '市民之家' };
    expect(namedIn('6号上午没事，我去', [A]).mentions).toEqual([]);
    expect(namedIn('5号上午我去', [A]).mentions.length).toBeGreaterThan(0);
  });
});
