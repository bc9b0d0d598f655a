import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let now = new Date('2026-11-23T02:00:00Z');
let app: App;
beforeAll(async () => {
  app = await createApp(testConfig({ STAFF_IDS: 'console:office' }), silentLogger(), { now: () => now });
});
afterAll(() => app.close());

describe('one dialog at a time, whatever the member types', () => {
  it('a 社情民意 start while writing a notice is asked about, never stored as the notice title', async () => {
    const office = new ChatDriver(() => app, 'office', '王秘书');
    expect(await office.say('发布通知')).toContain('标题');
    const asked = await office.send('我想反映社情民意');
    expect(asked[0]?.text).toContain('会议通知草稿');
    expect(asked[0]?.choices?.map((c) => c.label)).toEqual(['继续填写', '放弃并开始']);
    expect(await office.say('继续填写')).toContain('标题');
    expect((await app.storage.sessions.get('console:office'))?.data.title).toBeUndefined();

    await office.say('关于召开提案委员会全体会议的通知');
    // A knowledge question at the time step is answered; the time is still asked for.
    const aside = await office.say('社情民意信息怎么报送？');
    expect(aside).toContain('会议通知草稿已保留');
    expect(aside).toContain('会议时间');
    expect((await app.storage.sessions.get('console:office'))?.data.time).toBeUndefined();

    // Switching for real drops the notice and starts the report.
    await office.say('我要反映个情况');
    expect(await office.say('放弃并开始')).toContain('社情民意');
    expect((await app.storage.sessions.get('console:office'))?.kind).toBe('opinion');
    expect(await office.say('算了，还是不反映了')).toContain('已取消');
    expect(await app.storage.sessions.get('console:office')).toBeNull();
  });

  it('a half-written notice lapses and says so', async () => {
    const office = new ChatDriver(() => app, 'office', '王秘书');
    await office.say('发布通知');
    await office.say('关于召开常委会会议的通知');
    now = new Date(now.getTime() + 25 * 3600_000);
    expect(await office.say('12月5日上午9:00')).toContain('会议通知草稿已超过 24 小时未操作，已自动作废');
    expect(await app.storage.sessions.get('console:office')).toBeNull();
  });
});
