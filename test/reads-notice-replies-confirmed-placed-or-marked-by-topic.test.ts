import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readAgainstHours } from '../src/notices/chat/meeting-hours.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, sendNoticeTo, THE_TWO_MEETINGS } from './support/notice-fakes.ts';
import { attend, leave, table, unclear } from './support/reply-readings.ts';
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
    for (const fields of THE_TWO_MEETINGS) ids.push(await sendNoticeTo(app, fields, ['T1'], now));
  });
  afterAll(() => app.close());

  it('reads a cross before a meeting named by its topic as leave for it', async () => {
    await new ChatDriver(() => app, 't1').say('✅常委会 ❌营商环境协商会（门诊）');
    const [standing, consultation] = [await app.notices.roll(ids[0]!), await app.notices.roll(ids[1]!)];
    expect(standing.attending.map((entry) => entry.memberId)).toContain('T1');
    expect(consultation.excused.map((entry) => entry.reason)).toEqual([expect.stringContaining('门诊')]);
  });
});

describe('coming, grumbled or joked about, and 老样子 alone', () => {
  table([
    ['又开会😂 行吧，为了这个会我去还不行嘛', attend()],
    ['周六又开会，家里又要念叨了 去还是要去的', attend()],
    ['老样子', unclear],
  ]);
});
