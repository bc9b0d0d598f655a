import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

/** "这周的", "下周那个会": members name a meeting by the week it falls in, counted from today. */
describe('a week said without its day, with a meeting this week and one the next', () => {
  // A Tuesday: the 常委会 on 11月20日 is this week, the 协商会 on 11月26日 next week.
  const now = new Date('2026-11-17T02:00:00Z');
  const accounts = ['w1', 'w2', 'w3', 'w4'];
  const roster = new FakeRoster(accounts.map((chatId, i) => ({ memberId: `W${i + 1}`, name: `委员${i + 1}`, sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId, isGroup: false }] })));
  let app: App;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const replyBy = new Date('2026-11-19T10:00:00Z');
    const send = async (key: string, fields: NoticeFields) => {
      ids[key] = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['W1', 'W2', 'W3', 'W4'], groups: [] }, 'office', now)).id;
      await app.notices.send(ids[key], 'office', now);
    };
    await send('council', { title: '关于召开市政协常委会第九次会议的通知', time: '11月20日上午9:00', place: '市政协一楼会议室', scope: '全体常委', body: '请准时参加。', needsReply: true, replyBy });
    await send('talks', { title: '关于召开乡村振兴专题协商会的通知', time: '11月26日下午3:00', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy });
  });
  afterAll(() => app.close());

  const answerOf = async (key: string, memberId: string) => {
    const roll = await app.notices.roll(ids[key] ?? 0);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('takes this week as the meeting held this week', async () => {
    await new ChatDriver(() => app, 'w1').say('这周的我来不了 家里老人要做手术');
    expect(await answerOf('council', 'W1')).toMatchObject({ answer: '请假', reason: expect.stringContaining('老人要做手术') });
    expect(await answerOf('talks', 'W1')).toBeUndefined();
  });

  it('takes next week as the meeting held next week', async () => {
    await new ChatDriver(() => app, 'w2').say('下个礼拜那个会参加不了 要去北京跑项目');
    expect(await answerOf('talks', 'W2')).toMatchObject({ answer: '请假', reason: expect.stringContaining('跑项目') });
    expect(await answerOf('council', 'W2')).toBeUndefined();
  });

  it('takes the week after next as neither the meeting this week nor the one next week', async () => {
    await new ChatDriver(() => app, 'w4').say('下下周那个会请假 出国考察');
    expect(await answerOf('council', 'W4')).toBeUndefined();
    expect(await answerOf('talks', 'W4')).toBeUndefined();
  });

  it('takes "另外一个" in the next bubble as the other meeting waiting', async () => {
    const chat = new ChatDriver(() => app, 'w3');
    await chat.say('常委会请假 人在广州');
    await chat.say('另外一个也请假吧 那时候还没回来');
    expect(await answerOf('council', 'W3')).toMatchObject({ answer: '请假', reason: '人在广州' });
    expect(await answerOf('talks', 'W3')).toMatchObject({ answer: '请假', reason: expect.stringContaining('还没回来') });
  });
});
