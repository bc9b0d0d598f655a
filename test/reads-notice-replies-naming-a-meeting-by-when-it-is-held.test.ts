import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { pickNotice } from '../src/notices/chat/several-notices.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, replyOf, sendNoticeTo } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

/** "早的那个我来，晚的那个请个假": members tell two meetings apart by which is held first. */
describe('two meetings named as the earlier and the later', () => {
  const now = new Date('2026-11-17T02:00:00Z');
  const accounts = ['e1', 'e2'];
  const roster = new FakeRoster(accounts.map((chatId, i) => ({ memberId: `E${i + 1}`, name: `委员${i + 1}`, sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId, isGroup: false }] })));
  let app: App;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const replyBy = new Date('2026-11-19T10:00:00Z');
    // The later meeting is sent first: "早" is by the date, not by the order they came in.
    ids.talks = await sendNoticeTo(app, { title: '关于召开乡村振兴专题协商会的通知', time: '11月26日下午3:00', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy }, ['E1', 'E2'], now);
    ids.council = await sendNoticeTo(app, { title: '关于召开市政协常委会第九次会议的通知', time: '11月20日上午9:00', place: '市政协一楼会议室', scope: '全体常委', body: '请准时参加。', needsReply: true, replyBy }, ['E1', 'E2'], now);
  });
  afterAll(() => app.close());

  const answerOf = (key: string, memberId: string) => replyOf(app, ids[key] ?? 0, memberId);

  it('answers the earlier and the later each as said', async () => {
    await new ChatDriver(() => app, 'e1').say('早的那个我来，晚的那个请个假，那天下午要接待客户');
    expect(await answerOf('council', 'E1')).toMatchObject({ answer: '参加' });
    expect(await answerOf('talks', 'E1')).toMatchObject({ answer: '请假', reason: expect.stringContaining('接待客户') });
  });

  it('answers only the later one when only it is named', async () => {
    await new ChatDriver(() => app, 'e2').say('时间晚一点的那场去不了 要出差');
    expect(await answerOf('talks', 'E2')).toMatchObject({ answer: '请假', reason: expect.stringContaining('出差') });
    expect(await answerOf('council', 'E2')).toBeUndefined();
  });
});

describe('a meeting named by the weekend', () => {
  const A = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼第一会议室' };
  const B = { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日（星期四）下午2:30', place: '市政协机关四楼会议室' };

  it.each(['周末那个会参加', '周末的我去不了 要回老家'])('%s names the Saturday meeting', (text) => {
    expect(pickNotice(text, [A, B])).toBe(1);
  });
});
