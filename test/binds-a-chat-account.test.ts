import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { createLogger, silentLogger } from '../src/log.ts';
import { issueBindCode } from '../src/members/bind-codes.ts';
import { importMembers } from '../src/members/import/import-members.ts';
import { parseCsv } from '../src/members/import/csv.ts';
import { readTable } from '../src/members/import/read-table.ts';
import { RegistryDirectory } from '../src/members/registry-directory.ts';
import { requireStaff } from '../src/members/require-staff.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let now = new Date('2026-11-23T02:00:00Z');
let app: App;
beforeAll(async () => {
  app = await createApp(testConfig({ STAFF_IDS: 'console:office' }), silentLogger(), { now: () => now });
  await importMembers(await readTable('test/fixtures/members/committee.csv'), app.storage.members, now);
});
afterAll(() => app.close());

const chat = (id: string, name?: string, channel = 'wechat') => new ChatDriver(() => app, id, name, channel);
const identify = (senderId: string, channel = 'wechat') => app.directory.identify({ channel, senderId });
const member = async (name: string) => (await app.storage.members.byName(name))[0]!;
const later = (hours: number) => (now = new Date(now.getTime() + hours * 3600_000));

describe('a member binds a chat account to the registry', () => {
  it('by name and the last four phone digits; the registry then fills the opinion form', async () => {
    const zhang = chat('wx-zhang', '花开富贵');
    expect(await identify('wx-zhang')).toMatchObject({ role: 'guest', profile: {} });
    expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功：张三（民盟）');
    // Bound: the account speaks as its registry member, on every channel.
    expect(await identify('wx-zhang')).toEqual({ memberId: (await member('张三')).id, role: 'member', profile: { name: '张三', sector: '民盟', phone: '13800001234' } });
    await zhang.say('我想反映社情民意');
    expect(await zhang.say('预览')).toContain('【反映人】张三　【界别】民盟');
    await zhang.say('取消');
  });

  it('as people actually type it: full-width digits, a colon, the whole phone number', async () => {
    expect(await chat('wx-a').say('绑定：王五，９０１２')).toContain('绑定成功：王五');
    expect(await chat('wx-b').say('绑定 王五 13700009012')).toContain('绑定成功：王五');
    expect(await app.storage.members.accountsOf((await member('王五')).id)).toEqual(['wechat:wx-b', 'wechat:wx-a']);
    expect(await chat('wx-c').say('绑定')).toContain('绑定方式');
  });

  it('binding again moves the account to the new member', async () => {
    const shared = chat('wx-shared');
    await shared.say('绑定 张三 1234');
    expect(await shared.say('绑定 李四 5678')).toContain('绑定成功：李四（民建）');
    expect((await identify('wx-shared')).profile.name).toBe('李四');
    expect(await app.storage.members.accountsOf((await member('张三')).id)).toEqual(['wechat:wx-zhang']);
    expect(await shared.say('解除绑定')).toContain('已解除绑定（李四）');
  });

  it('a wrong guess says nothing about who exists, and guessing is slowed down', async () => {
    const guesser = chat('wx-guesser');
    const wrongPhone = await guesser.say('绑定 张三 0000');
    const noSuchName = await guesser.say('绑定 不存在 1234');
    const wrongCode = await guesser.say('绑定 000000');
    expect(wrongPhone).toBe(noSuchName);
    expect(wrongCode).toBe(noSuchName);
    expect(wrongPhone).not.toContain('张三');
    await guesser.say('绑定 王五 0000');
    await guesser.say('绑定 周八 0000');
    // Five failures in the hour: even the right answer waits, and the refusal reveals nothing either.
    expect(await guesser.say('绑定 李四 5678')).toContain('尝试次数过多');
    expect(await chat('wx-someone-else').say('绑定 李四 5678')).toContain('绑定成功：李四');
    later(2);
    expect(await guesser.say('绑定 李四 5678')).toContain('绑定成功：李四');
  });

  it('by a one-time code from staff, which works once, expires, and is replaced by the next one', async () => {
    const zhou = (await member('周八'));
    const { code } = await issueBindCode(app.storage.members, zhou.id, now);
    expect(await chat('wx-zhou').say(`绑定 ${code}`)).toContain('绑定成功：周八（无党派）');
    expect(await chat('wx-other').say(`绑定 ${code}`)).toContain('没有找到匹配');

    const first = await issueBindCode(app.storage.members, zhou.id, now);
    const second = await issueBindCode(app.storage.members, zhou.id, now);
    expect(await chat('wx-first').say(`绑定 ${first.code}`)).toContain('没有找到匹配');
    later(25);
    expect(await chat('wx-late').say(`绑定 ${second.code}`)).toContain('没有找到匹配');
    expect((await identify('wx-late')).role).toBe('guest');
  });

  it('unbinds, and never takes binding details in a group', async () => {
    const zhang = chat('wx-zhang');
    const inGroup = await zhang.send('绑定 张三 1234', { isGroup: true, chatId: 'room' });
    expect(inGroup).toEqual([{ text: expect.stringContaining('私聊'), mention: ['wx-zhang'] }]);
    expect(await zhang.say('解除绑定')).toContain('已解除绑定（张三）');
    expect(await zhang.say('解除绑定')).toContain('当前账号没有绑定委员信息');
    expect((await identify('wx-zhang')).role).toBe('guest');
  });

  it('an unbound user still asks questions', async () => {
    const answer = await chat('wx-stranger', '路人').say('社情民意信息怎么报送？');
    expect(answer.length).toBeGreaterThan(20);
    expect(answer).not.toContain('绑定');
  });
});

describe('roles come from the registry and the configuration', () => {
  it('registry staff bound to an account, configured staff accounts, members and guests', async () => {
    // A staff entry never binds by phone digits, even the right ones: staff hand each other a code.
    expect(await chat('wx-zhao-digits').say('绑定 赵秘书 3456')).toContain('没有找到匹配');
    expect((await identify('wx-zhao-digits')).role).toBe('guest');
    const { code } = await issueBindCode(app.storage.members, (await member('赵秘书')).id, now);
    expect(await chat('wx-zhao').say(`绑定 ${code}`)).toContain('绑定成功：赵秘书');
    expect((await identify('wx-zhao')).role).toBe('staff');
    expect((await identify('office', 'console')).role).toBe('staff');
    expect((await identify('wx-b')).role).toBe('member');
    expect((await identify('nobody')).role).toBe('guest');
    expect(await chat('wx-b').say('发布通知')).toContain('仅限市政协工作人员');
  });

  it('a Telegram id in the registry binds that account by itself; 解除绑定 sticks until the registry changes', async () => {
    expect(await identify('555000111', 'telegram')).toMatchObject({ role: 'member', profile: { name: '周八' } });
    const tg = chat('555000111', undefined, 'telegram');
    expect(await tg.say('解除绑定')).toContain('已解除绑定（周八）');
    expect((await identify('555000111', 'telegram')).role).toBe('guest');
    await importMembers(await readTable('test/fixtures/members/committee.csv'), app.storage.members, now);
    expect((await identify('555000111', 'telegram')).role).toBe('guest');
    await importMembers(parseCsv('姓名,手机,Telegram id\n周八,13200002222,555000999\n'), app.storage.members, now);
    expect(await identify('555000999', 'telegram')).toMatchObject({ role: 'member', profile: { name: '周八' } });
  });

  it('refused staff-only attempts are logged with who tried what', async () => {
    const lines: string[] = [];
    const log = createLogger('info', new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    expect(requireStaff(await identify('wx-b'), log, 'notice.send')).toBe(false);
    expect(requireStaff(await identify('wx-zhao'), log, 'notice.send')).toBe(true);
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ member: (await member('王五')).id, role: 'member', action: 'notice.send', msg: 'staff-only action refused' }),
    ]);
    expect((await new RegistryDirectory(app.storage.members, []).memberOf({ channel: 'wechat', senderId: 'wx-zhao' }))?.id).toBe((await member('赵秘书')).id);
  });

  it('notices reach bound members through their accounts, most recently bound first', async () => {
    const found = await app.storage.roster.find({ allMembers: false, sectors: ['农工党'], committees: ['提案委'], members: ['周八', 'M0004'], groups: [] });
    expect(found.map((m) => [m.name, m.accounts.map((a) => `${a.channel}:${a.chatId}`)])).toEqual([
      ['张三', []],
      ['李四', ['wechat:wx-guesser', 'wechat:wx-someone-else']],
      ['王五', ['wechat:wx-b', 'wechat:wx-a']],
      ['赵秘书', ['wechat:wx-zhao']],
      ['周八', ['telegram:555000999', 'wechat:wx-zhou']],
    ]);
  });
});
