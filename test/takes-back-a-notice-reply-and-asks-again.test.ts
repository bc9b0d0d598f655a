import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

describe('in chat, with a 协商会 waiting', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster(['T1', 'T2', 'T3', 'T4', 'T5'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '民建', committee: '经济委', accounts: [{ channel: 'console', chatId: `t${i + 1}`, isGroup: false }] })));
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const fields: NoticeFields = { title: '关于召开民营经济专题协商会的通知', time: '11月25日下午2:30', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    id = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['T1', 'T2', 'T3', 'T4', 'T5'], groups: [] }, 'office', now)).id;
    await app.notices.send(id, 'office', now);
  });
  afterAll(() => app.close());

  const answerOf = async (memberId: string) => {
    const roll = await app.notices.roll(id);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('takes back an answer the member is no longer sure of, and asks again', async () => {
    const member = new ChatDriver(() => app, 't1');
    await member.say('去');
    expect(await answerOf('T1')).toMatchObject({ answer: '参加' });
    const reply = await member.say('不对，等我看看日程再说');
    expect(reply).toContain('已撤销');
    expect(reply).toMatch(/参加[\s\S]*请假/u);
    expect(await answerOf('T1')).toBeUndefined();
  });

  it.each([
    ['T4', 't4', '参加', '等我先问问单位那天有没有安排再说'],
    ['T5', 't5', '我来', '哎不对 我得先看看那天门诊排没排我'],
  ])('takes back an answer when the member must check first (%s)', async (memberId, chatId, answer, doubt) => {
    const member = new ChatDriver(() => app, chatId);
    await member.say(answer);
    expect(await answerOf(memberId)).toMatchObject({ answer: '参加' });
    expect(await member.say(doubt)).toContain('已撤销');
    expect(await answerOf(memberId)).toBeUndefined();
  });

  it('asks plainly for one of the two when a yes answers the choice', async () => {
    const member = new ChatDriver(() => app, 't2');
    expect(await member.say('收到')).toContain('参加还是请假');
    expect(await member.say('对')).toContain('请直接选择');
    expect(await answerOf('T2')).toBeUndefined();
  });

  it('records nothing for another kind of event the member stays away from', async () => {
    await new ChatDriver(() => app, 't3').say('下周三的调研去不了，跟你们说一声');
    expect(await answerOf('T3')).toBeUndefined();
  });
});
