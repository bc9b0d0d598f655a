import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('a half-finished opinion survives a restart', () => {
  it('resumes at the same question in a new app on the same database', async () => {
    const config = testConfig();
    let app: App = await createApp(config, silentLogger());
    const li = new ChatDriver(() => app, 'u1', '李明');
    await li.say('我想反映社情民意');
    await li.say('城南路与学府街交叉口紧邻城南小学，每天约800名学生过马路，路口没有红绿灯，已发生3起剐蹭事故。');
    expect(await li.say('建议市交警支队在该路口增设红绿灯和减速带。')).toContain('反映人姓名是“李明”吗');
    app.close();

    app = await createApp(config, silentLogger());
    expect(await li.say('预览')).toContain('800名学生');
    expect(await li.say('是')).toContain('界别');
    expect(await li.say('民盟')).toContain('联系电话');
    expect(await li.say('13812345678')).toContain('请核对');
    const number = receiptNumber(await li.say('同意'));
    app.close();

    app = await createApp(config, silentLogger());
    expect((await app.storage.opinions.get(number))?.fields.sector).toBe('民盟');
    app.close();
  });

  it('lets an untouched draft expire and tells the member', async () => {
    let now = new Date('2026-06-01T08:00:00Z');
    const config = testConfig({ OPINION_DRAFT_TTL_HOURS: '24' });
    const app = await createApp(config, silentLogger(), { now: () => now });
    const li = new ChatDriver(() => app, 'u2', '李明');
    await li.say('我想反映社情民意');
    await li.say('城南路与学府街交叉口没有红绿灯，每天约800名学生过马路。');

    now = new Date('2026-06-02T09:00:00Z');
    const told = await li.say('建议增设红绿灯。');
    expect(told).toContain('已超过 24 小时未操作，已自动作废');
    expect(await app.storage.sessions.get('console:u2')).toBeNull();
    app.close();
  });

  it('tells a member whose draft expired while they were away, once', async () => {
    const config = testConfig({ OPINION_DRAFT_TTL_HOURS: '24' });
    let now = new Date('2026-06-01T08:00:00Z');
    const app = await createApp(config, silentLogger(), { now: () => now });
    const wang = new ChatDriver(() => app, 'wang', '王芳', 'telegram');
    await wang.say('我想反映社情民意');
    now = new Date('2026-06-02T09:00:00Z');
    expect(await app.dialogs.sweep(app.storage.outbox)).toBe(1);
    expect(await app.dialogs.sweep(app.storage.outbox)).toBe(0);
    const owed = await app.storage.outbox.pending('telegram', 10);
    expect(owed).toEqual([expect.objectContaining({ to: { channel: 'telegram', chatId: 'wang', isGroup: false }, reason: 'dialog-expired' })]);
    expect(owed[0]?.text).toContain('已自动作废');
    app.close();
  });
});
