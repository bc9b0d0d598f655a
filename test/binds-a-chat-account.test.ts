import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { issueBindCode } from '../src/members/bind-feature.ts';
import { importMembers } from '../src/members/import/import-members.ts';
import { readTable } from '../src/members/import/read-table.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let now = new Date('2026-11-23T02:00:00Z');
let app: App;
beforeAll(async () => {
  app = await createApp(testConfig({ STAFF_IDS: 'console:office' }), silentLogger(), { now: () => now });
  importMembers(await readTable('test/fixtures/members/committee.csv'), app.storage.members, now);
});
afterAll(() => app.close());

const chat = (id: string, name?: string) => new ChatDriver(() => app, id, name, 'wechat');

describe('a member binds a chat account to the registry', () => {
  it('by name and the last four phone digits; the registry then fills the opinion form', async () => {
    const zhang = chat('wx-zhang', '花开富贵');
    expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功：张三（民盟）');
    expect(await app.directory.identify({ channel: 'wechat', senderId: 'wx-zhang' })).toMatchObject({ role: 'member', profile: { name: '张三', sector: '民盟', phone: '13800001234' } });
    await zhang.say('我想反映社情民意');
    expect(await zhang.say('预览')).toContain('【反映人】张三　【界别】民盟');
    await zhang.say('取消');
  });

  it('a wrong guess says nothing about who exists, and guessing is slowed down', async () => {
    const guesser = chat('wx-guesser');
    const wrongPhone = await guesser.say('绑定 张三 0000');
    const noSuchName = await guesser.say('绑定 不存在 1234');
    expect(wrongPhone).toBe(noSuchName);
    expect(wrongPhone).not.toContain('张三');
    await guesser.say('绑定 李四 0000');
    await guesser.say('绑定 王五 0000');
    await guesser.say('绑定 周八 0000');
    expect(await guesser.say('绑定 李四 5678')).toContain('尝试次数过多');
    now = new Date(now.getTime() + 2 * 3600_000);
    expect(await guesser.say('绑定 李四 5678')).toContain('绑定成功：李四');
  });

  it('by a one-time code from staff, which expires and cannot be reused', async () => {
    const wang = app.storage.members.byName('王五')[0]!;
    const { code } = issueBindCode(app.storage.members, wang.id, now);
    expect(await chat('wx-wang').say(`绑定 ${code}`)).toContain('绑定成功：王五');
    expect(await chat('wx-other').say(`绑定 ${code}`)).toContain('没有找到匹配');
    const late = issueBindCode(app.storage.members, wang.id, now);
    now = new Date(now.getTime() + 25 * 3600_000);
    expect(await chat('wx-late').say(`绑定 ${late.code}`)).toContain('没有找到匹配');
  });

  it('unbinds, and never takes binding details in a group', async () => {
    const zhang = chat('wx-zhang');
    expect((await zhang.send('绑定 张三 1234', { isGroup: true, chatId: 'room' }))[0]?.text).toContain('私聊');
    expect(await zhang.say('解除绑定')).toContain('已解除绑定');
    expect((await app.directory.identify({ channel: 'wechat', senderId: 'wx-zhang' })).role).toBe('guest');
  });

  it('roles: registry staff bound to an account, configured staff accounts, Telegram ids bound by themselves', async () => {
    expect(await chat('wx-zhao').say('绑定 赵秘书 3456')).toContain('绑定成功');
    expect((await app.directory.identify({ channel: 'wechat', senderId: 'wx-zhao' })).role).toBe('staff');
    expect((await app.directory.identify({ channel: 'console', senderId: 'office' })).role).toBe('staff');
    expect(await app.directory.identify({ channel: 'telegram', senderId: '555000111' })).toMatchObject({ role: 'member', profile: { name: '周八' } });
    expect(await chat('wx-li').say('发布通知')).toContain('仅限市政协工作人员');
  });

  it('notices reach bound members through their accounts', async () => {
    const found = await app.storage.roster.find({ allMembers: false, sectors: ['农工党'], committees: ['提案委'], members: ['周八'], groups: [] });
    expect(found.map((m) => [m.name, m.accounts.map((a) => `${a.channel}:${a.chatId}`)])).toEqual([
      ['张三', []],
      ['李四', ['wechat:wx-guesser']],
      ['王五', ['wechat:wx-wang']],
      ['周八', ['telegram:555000111']],
    ]);
  });
});
