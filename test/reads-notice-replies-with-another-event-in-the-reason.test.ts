import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, sendNoticeTo, THE_TWO_MEETINGS } from './support/notice-fakes.ts';
import { attend, leave, table } from './support/reply-readings.ts';
import { testConfig } from './support/test-app.ts';

describe('leave for a family or party event the member attends instead', () => {
  table([
    ['常委会请个假，那天得参加儿子的家长会', leave('那天得参加儿子的家长会')],
    ['看了下日程，那天下午要去参加民主党派的联谊会，请假', leave('那天下午要去参加民主党派的联谊会')],
  ]);
});

describe('an hour to be there by', () => {
  table([
    ['明天的会我记着，九点前到', attend()],
    ['三点前到', attend()],
  ]);
});

describe('with both meetings waiting, another meeting named in the reason', () => {
  const now = new Date('2026-11-29T02:00:00Z');
  const roster = new FakeRoster([{ memberId: 'S1', name: '委员戊', sector: '民建', committee: '经济委', accounts: [{ channel: 'console', chatId: 's1', isGroup: false }] }]);
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    for (const fields of THE_TWO_MEETINGS) ids.push(await sendNoticeTo(app, fields, ['S1'], now));
  });
  afterAll(() => app.close());

  it('keeps the 招商会 as the reason, not as the name of the 协商会', async () => {
    await new ChatDriver(() => app, 's1').say('5号的我来，10号的去不了，那天在市里参加招商会');
    const [standing, consultation] = [await app.notices.roll(ids[0]!), await app.notices.roll(ids[1]!)];
    expect(standing.attending.map((entry) => entry.memberId)).toEqual(['S1']);
    expect(consultation.excused.map((entry) => entry.reason)).toEqual([expect.stringContaining('招商会')]);
  });
});
