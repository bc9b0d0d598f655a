import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, replyOf, sendNoticeTo } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

/** Members often only tell their plan for the day: going over, what they handed off, where else they must be. */

describe('a plan to be there', () => {
  it('is coming, said as going over or arriving at the meeting place', () => {
    expect(readReply('那天我开车直接过去').kind).toBe('attend');
    expect(readReply('跟小赵一块儿过去，他开车').kind).toBe('attend');
    expect(readReply('我早点过去帮忙布置').kind).toBe('attend');
    expect(readReply('我七点半就能赶到市民之家').kind).toBe('attend');
    expect(readReply('九点前到会场没问题').kind).toBe('attend');
    expect(readReply('届时准时').kind).toBe('attend');
  });

  it('is coming, said as the day cleared or the duty handed over', () => {
    expect(readReply('那天上午已经给我腾出来了').kind).toBe('attend');
    expect(readReply('值班我交给小王了').kind).toBe('attend');
    expect(readReply('周四的课我跟李老师换了班').kind).toBe('attend');
    expect(readReply('医院那边我请好假了，那天一早直接过去').kind).toBe('attend');
    expect(readReply('公司那边我请了假，到时候提前过去').kind).toBe('attend');
  });

  it('is coming, said as what they will speak on at the meeting', () => {
    expect(readReply('会上我打算谈谈乡村教师的待遇').kind).toBe('attend');
    expect(readReply('我跟民建的小孙分了工，协商会上她讲税费我讲物流').kind).toBe('attend');
  });

  it('is coming, said for the member by the one holding their phone', () => {
    expect(readReply('我是老许媳妇，他在开车，叫我拿他手机回一下，周五的会他去').kind).toBe('attend');
  });

  it('is no answer when nothing of the member coming is said', () => {
    expect(readReply('协商会我就不讲了').kind).not.toBe('attend');
    expect(readReply('会议室空出来了吗').kind).not.toBe('attend');
    expect(readReply('单位那边请了假，周五还是去不了').kind).toBe('leave');
    expect(readReply('我负责讲一下我们界别的调研情况').kind).not.toBe('leave');
  });
});

describe('the day kept elsewhere, with no 请假 said', () => {
  it('is an absence, what keeps them as the reason', () => {
    expect(readReply('周五我要去区法院出庭，排了好久的案子')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('出庭') });
    expect(readReply('那天女儿学校开家长会')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('家长会') });
    expect(readReply('那天我们厂接受安全检查，我这个厂长得在现场')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('安全检查') });
    expect(readReply('老衲那几日闭关，不便下山，还望海涵')).toEqual({ kind: 'leave', reason: '那几天闭关' });
    expect(readReply('嗰日喺广州开会，趕唔切返嚟')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('广州开会') });
  });

  it('keeps the reason, not the words of the one writing for the member', () => {
    expect(readReply('我是老刘屋里的 用他手机回一下 他周五去不了 在住院')).toEqual({ kind: 'leave', reason: '在住院' });
  });

  it('asks when the clash is only news of something moved onto the day', () => {
    expect(readReply('儿子的家长会挪到周五了').kind).not.toBe('leave');
  });
});

describe('another event named beside ours', () => {
  it('is no leave from ours, which is answered after it', () => {
    expect(readReply('晚上美协那个笔会我不去了，协商会照常').kind).toBe('attend');
    expect(readReply('九三学社那边周日的培训会我请假了，常委会我来').kind).toBe('attend');
  });
});

describe('a condition or a hedge', () => {
  it('is asked about, not taken as a yes', () => {
    expect(readReply('看那天会不会下雪，不下我就过来').kind).toBe('unclear');
    expect(readReply('看单位有没有审计吧，没审计就过来').kind).toBe('unclear');
    expect(readReply('要是没车就不来了').kind).toBe('unclear');
    expect(readReply('尽量吧，这阵子事多').kind).toBe('unclear');
  });
});

describe('a busy half of the day said without 请假', () => {
  it('is no early leaving: 走不开 says they cannot get away', () => {
    expect(readReply('下午有门诊走不开')).toEqual({ kind: 'leave', reason: '下午有门诊走不开' });
  });
});

describe('a pasted reply form', () => {
  it('reads 参会情况 as the answer and 原因 as the reason', () => {
    expect(readReply('回执 姓名：张红 界别：科协 参会情况：不参会 原因：赴省科协开会')).toEqual({ kind: 'leave', reason: '赴省科协开会' });
    expect(readReply('参会情况：参会').kind).toBe('attend');
  });
});

describe('implied answers with a meeting this week and one the next', () => {
  // A Tuesday: the 常委会 on Friday 11月20日, the 协商会 on Thursday 11月26日 afternoon.
  const now = new Date('2026-11-17T02:00:00Z');
  const accounts = ['i1', 'i2', 'i3', 'i4'];
  const roster = new FakeRoster(accounts.map((chatId, i) => ({ memberId: `I${i + 1}`, name: `委员${i + 1}`, sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId, isGroup: false }] })));
  let app: App;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const replyBy = new Date('2026-11-19T10:00:00Z');
    const send = async (key: string, fields: NoticeFields) => {
      ids[key] = await sendNoticeTo(app, fields, accounts.map((_, i) => `I${i + 1}`), now);
    };
    await send('council', { title: '关于召开市政协常委会第九次会议的通知', time: '11月20日上午9:00', place: '市政协一楼会议室', scope: '全体常委', body: '请准时参加。', needsReply: true, replyBy });
    await send('talks', { title: '关于召开乡村振兴专题协商会的通知', time: '11月26日下午3:00', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy });
  });
  afterAll(() => app.close());

  const answerOf = (key: string, memberId: string) => replyOf(app, ids[key] ?? 0, memberId);

  it('takes away for this week and the next as a leave from both', async () => {
    await new ChatDriver(() => app, 'i1').say('这周和下周我都在省委党校进修');
    expect(await answerOf('council', 'I1')).toMatchObject({ answer: '请假', reason: expect.stringContaining('党校进修') });
    expect(await answerOf('talks', 'I1')).toMatchObject({ answer: '请假', reason: expect.stringContaining('党校进修') });
  });

  it('records nothing for an event of another kind on a day no meeting is held', async () => {
    const replies = await new ChatDriver(() => app, 'i2').say('周二的调研活动我去不了');
    expect(replies).not.toContain('已登记');
    expect(await answerOf('council', 'I2')).toBeUndefined();
    expect(await answerOf('talks', 'I2')).toBeUndefined();
  });

  it('takes busy in the meeting\'s own half of its day as a leave from it', async () => {
    await new ChatDriver(() => app, 'i3').say('下周四下午我有门诊走不开');
    expect(await answerOf('talks', 'I3')).toMatchObject({ answer: '请假', reason: expect.stringContaining('有门诊') });
    expect(await answerOf('council', 'I3')).toBeUndefined();
  });

  it('asks which meeting when the reason names no day of its own', async () => {
    const replies = await new ChatDriver(() => app, 'i4').say('那天女儿学校开家长会');
    expect(replies).toMatch(/请假哪一个/u);
    expect(await answerOf('council', 'I4')).toBeUndefined();
    expect(await answerOf('talks', 'I4')).toBeUndefined();
  });
});
