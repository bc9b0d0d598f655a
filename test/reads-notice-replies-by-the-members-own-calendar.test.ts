import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

/**
 * Members point at meetings by weekday, counting on the calendar of their phone from today, while
 * the notice may write a weekday that is a day off; a weekday no meeting is on is some other event.
 */
describe('weekdays said in chat, with a 常委会 and a 协商会 waiting', () => {
  // A Tuesday. The 常委会's notice writes 星期六 beside 11月20日, a Friday in 2026: counted from it,
  // the 协商会 on 11月26日 is a Friday; on the year's calendar, next week's Thursday.
  const now = new Date('2026-11-17T02:00:00Z');
  const accounts = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'];
  const roster = new FakeRoster(accounts.map((chatId, i) => ({ memberId: `D${i + 1}`, name: `委员${i + 1}`, sector: '农工党', committee: '社法委', accounts: [{ channel: 'console', chatId, isGroup: false }] })));
  let app: App;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const replyBy = new Date('2026-11-19T10:00:00Z');
    const send = async (key: string, fields: NoticeFields, members: string[]) => {
      ids[key] = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members, groups: [] }, 'office', now)).id;
      await app.notices.send(ids[key], 'office', now);
    };
    const everyone = accounts.map((_, i) => `D${i + 1}`);
    await send('council', { title: '关于召开市政协常委会第九次会议的通知', time: '11月20日（星期六）上午9:00', place: '市政协一楼会议室', scope: '全体常委', body: '请准时参加。', needsReply: true, replyBy }, everyone);
    await send('talks', { title: '关于召开乡村振兴专题协商会的通知', time: '11月26日下午3:00', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy }, everyone.slice(0, 3));
  });
  afterAll(() => app.close());

  const answerOf = async (key: string, memberId: string) => {
    const roll = await app.notices.roll(ids[key] ?? 0);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('takes a weekday counted from this week on the year’s calendar as the meeting that day', async () => {
    await new ChatDriver(() => app, 'd1').say('下礼拜四那场我到');
    expect(await answerOf('talks', 'D1')).toMatchObject({ answer: '参加' });
    expect(await answerOf('council', 'D1')).toBeUndefined();
  });

  it('still takes the weekday the notices’ own calendar gives', async () => {
    await new ChatDriver(() => app, 'd2').say('星期五那个会去不了，要陪老人复查');
    expect(await answerOf('talks', 'D2')).toMatchObject({ answer: '请假', reason: expect.stringContaining('陪老人复查') });
  });

  it('keeps no words that only point at the meeting in the reason', async () => {
    await new ChatDriver(() => app, 'd3').say('下周四那个请假，要去外省送货');
    expect(await answerOf('talks', 'D3')).toMatchObject({ answer: '请假', reason: '要去外省送货' });
  });

  it('asks, recording nothing, when a yes is said of a weekday no waiting meeting is on', async () => {
    const reply = await new ChatDriver(() => app, 'd4').say('街道周日的志愿服务我参加');
    expect(reply).toContain('请假');
    expect(await answerOf('council', 'D4')).toBeUndefined();
  });

  it('takes being back only after the one waiting meeting’s day as a leave, the trip as the reason', async () => {
    await new ChatDriver(() => app, 'd5').say('我23号才从海南回来');
    expect(await answerOf('council', 'D5')).toMatchObject({ answer: '请假', reason: '23号才从海南回来' });
  });

  it('takes being back only in a later month, or next year, as a leave too', async () => {
    await new ChatDriver(() => app, 'd7').say('我人在海南过冬 明年三月份才回来 这次会来不了 请假');
    expect(await answerOf('council', 'D7')).toMatchObject({ answer: '请假', reason: expect.stringContaining('在海南过冬') });
    await new ChatDriver(() => app, 'd8').say('12月份才回得来，这次请假');
    expect(await answerOf('council', 'D8')).toMatchObject({ answer: '请假' });
  });

  it('records nothing when they are back before it', async () => {
    await new ChatDriver(() => app, 'd6').say('我18号才回来');
    expect(await answerOf('council', 'D6')).toBeUndefined();
  });
});
