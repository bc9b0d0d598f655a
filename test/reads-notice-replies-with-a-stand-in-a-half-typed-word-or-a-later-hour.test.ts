import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, replyOf, sendNoticeTo } from './support/notice-fakes.ts';
import { attend, leave, table } from './support/reply-readings.ts';
import { testConfig } from './support/test-app.ts';

describe('someone else sent to sit in the meeting: the member is absent', () => {
  table([
    ['我让副所长替我开会，行吧', leave('让副所长替我开会')],
    ['单位派人代我去开', leave('单位派人代我去开')],
  ]);
  it('reads no stand-in in 替我开心', () => {
    expect(readReply('替我开心一下').kind).toBe('none');
  });
});

describe('a word half typed before the input method switched', () => {
  table([
    ['参jia', attend()],
    ['请jia 孩子住院了', leave('孩子住院了')],
  ]);
});

const now = new Date('2026-11-10T02:00:00Z');
const notice = (title: string, time: string, replyBy: string): NoticeFields => ({ title, time, place: '市政协四楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date(replyBy) });

describe('over several bubbles and two meetings', () => {
  const roster = new FakeRoster(['M1', 'M2'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '民建', committee: '经济委', accounts: [{ channel: 'console', chatId: `h${i + 1}`, isGroup: false }] })));
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    ids.push(await sendNoticeTo(app, notice('关于召开市政协常委会会议的通知', '11月15日上午9:00', '2026-11-13T10:00:00Z'), ['M1', 'M2'], now));
    ids.push(await sendNoticeTo(app, notice('关于参加专题协商会的通知', '11月20日下午2:30', '2026-11-18T10:00:00Z'), ['M1', 'M2'], now));
  });
  afterAll(() => app.close());
  const answerOf = (id: number, memberId: string) => replyOf(app, id, memberId);

  it('reads the meeting kept as usual, once its name is said, as coming to it', async () => {
    await new ChatDriver(() => app, 'h1').say('协商会那天要陪老人住院 请假 常委会照常来');
    expect(await answerOf(ids[0]!, 'M1')).toMatchObject({ answer: '参加' });
    expect(await answerOf(ids[1]!, 'M1')).toMatchObject({ answer: '请假', reason: expect.stringContaining('陪老人住院') });
  });

  it('keeps the note of coming late when the next bubble says the hour', async () => {
    const member = new ChatDriver(() => app, 'h2');
    await member.say('协商会我可能要晚一点');
    await member.say('三点前肯定到');
    expect(await answerOf(ids[1]!, 'M2')).toMatchObject({ answer: '参加', reason: expect.stringMatching(/晚一点.*三点前肯定到/u) });
  });
});
