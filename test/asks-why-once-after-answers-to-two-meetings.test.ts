import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { attend, leave, table } from './support/reply-readings.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

describe('two meetings answered differently in one message', () => {
  const now = new Date('2026-12-01T02:00:00Z');
  const roster = new FakeRoster(['M1', 'M2'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '民建', committee: '经济委', accounts: [{ channel: 'console', chatId: `w${i + 1}`, isGroup: false }] })));
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    for (const [title, time] of [
      ['关于召开市政协十四届常委会第十次会议的通知', '12月5日上午9:00'],
      ['关于参加“优化营商环境”专题协商会的通知', '12月10日下午2:30'],
    ] as const) {
      const fields: NoticeFields = { title, time, place: '市政协四楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-12-03T10:00:00Z') };
      const created = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['M1', 'M2'], groups: [] }, 'office', now);
      await app.notices.send(created.id, 'office', now);
      ids.push(created.id);
    }
  });
  afterAll(() => app.close());

  const answerOf = async (noticeId: number, memberId: string) => {
    const roll = await app.notices.roll(noticeId);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('records both and asks why for the leave, taking the next bubble as its reason', async () => {
    const member = new ChatDriver(() => app, 'w1');
    expect(await member.say('❌5号 ✅10号')).toContain('请问请假的原因');
    await member.say('5号要监考');
    expect(await answerOf(ids[0]!, 'M1')).toMatchObject({ answer: '请假', reason: expect.stringContaining('监考') });
    expect(await answerOf(ids[1]!, 'M1')).toMatchObject({ answer: '参加' });
  });

  it('reads the two answers said anew instead of the reason as a new reply', async () => {
    const member = new ChatDriver(() => app, 'w2');
    await member.say('常委会请假，协商会参加');
    await member.say('搞反了，是常委会参加，协商会请假，那天要去外地');
    expect(await answerOf(ids[0]!, 'M2')).toMatchObject({ answer: '参加' });
    expect(await answerOf(ids[1]!, 'M2')).toMatchObject({ answer: '请假', reason: expect.stringContaining('去外地') });
  });
});

describe('coming, said with a closing 啦 or written by the spouse for the member', () => {
  table([
    ['好啦，我会去啦', attend()],
    ['我是他爱人，他手机在我这儿，他说10号那个会他去的', attend()],
    ['我是他爱人，他手机在我这，他说他去不了，在外地', leave('在外地')],
  ]);

  it('keeps the hour of arriving as a note', () => {
    expect(readReply('参加，坐早上的高铁回来，预计八点五十到，可能卡点进场')).toEqual(attend('坐早上的高铁回来，预计八点五十到'));
  });
});
