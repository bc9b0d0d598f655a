import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readAgainstHours } from '../src/notices/chat/meeting-hours.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { attend, leave, table } from './support/reply-readings.ts';
import { testConfig } from './support/test-app.ts';

describe('an answer confirmed after a colon, coming over being no trouble, another body’s meeting sat in', () => {
  table([
    ['再确认一下：参加', attend()],
    ['6号我在家休息，过来开会没问题', attend()],
    ['没法不请假，那天省人大开会要列席', leave('那天省人大开会要列席')],
  ]);
});

describe('a morning meeting, the member leaving at noon', () => {
  it('is attended, the early leave noted', () => {
    expect(readAgainstHours('上午来 中午就得走 下午有门诊', '12月5日上午9:00')).toEqual(attend('中午就得走'));
  });
});

describe('with both meetings waiting, one marked by its topic', () => {
  const now = new Date('2026-11-29T02:00:00Z');
  const roster = new FakeRoster([
    { memberId: 'T1', name: '委员己', sector: '民建', committee: '经济委', accounts: [{ channel: 'console', chatId: 't1', isGroup: false }] },
  ]);
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const meetings: NoticeFields[] = [
      { title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼第一会议室', scope: '全体常委', body: '请提前15分钟到场。', needsReply: true, replyBy: new Date('2026-12-03T10:00:00Z') },
      { title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日（星期四）下午2:30', place: '市政协机关四楼会议室', scope: '相关界别委员', body: '请做好发言准备。', needsReply: true, replyBy: new Date('2026-12-08T10:00:00Z') },
    ];
    for (const fields of meetings) {
      const { id } = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['T1'], groups: [] }, 'office', now);
      await app.notices.send(id, 'office', now);
      ids.push(id);
    }
  });
  afterAll(() => app.close());

  it('reads a cross before a meeting named by its topic as leave for it', async () => {
    await new ChatDriver(() => app, 't1').say('✅常委会 ❌营商环境协商会（门诊）');
    const [standing, consultation] = [await app.notices.roll(ids[0]!), await app.notices.roll(ids[1]!)];
    expect(standing.attending.map((entry) => entry.memberId)).toContain('T1');
    expect(consultation.excused.map((entry) => entry.reason)).toEqual([expect.stringContaining('门诊')]);
  });
});
