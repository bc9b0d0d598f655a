import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberStore } from '../src/members/member-store.ts';
import { SqliteMemberStore } from '../src/members/sqlite-member-store.ts';
import { MemberConflict, type MemberFields } from '../src/members/types.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';

export interface MembersUnderTest {
  store: MemberStore;
  close(): Promise<void> | void;
}

const at = (text: string) => new Date(`${text}+08:00`);
const NOW = at('2026-05-01T10:00:00');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const hash = (n: number) => n.toString(16).padStart(64, '0');

const zhang: MemberFields = { name: '张三', sector: '民盟', committee: '提案委', position: '常委', phone: '13800001234', wechat: 'zs', telegramId: '', role: 'member' };
const li: MemberFields = { name: '李四', sector: '民建', committee: '经济委', position: '委员', phone: '13900005678', role: 'member' };
const zhao: MemberFields = { name: '赵秘书', sector: '', committee: '', phone: '13600003456', role: 'staff' };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(MemberConflict);
  return (error as Error).message;
}

/** The behaviour every MemberStore must show; a PostgreSQL store will run the same suite. */
export function describeMemberStoreContract(name: string, make: () => Promise<MembersUnderTest>): void {
  describe(`${name} keeps the MemberStore contract`, () => {
    let subject: MembersUnderTest;
    let store: MemberStore;
    beforeEach(async () => {
      subject = await make();
      store = subject.store;
    });
    afterEach(() => subject.close());

    const ids = (members: { id: string }[]) => members.map((m) => m.id);

    it('adds members with ids M0001, M0002 … and finds them by id, name, 界别 and 专委会', async () => {
      const added = await store.upsert(zhang, NOW);
      expect(added).toEqual({ outcome: 'added', member: { id: 'M0001', ...zhang } });
      expect((await store.upsert(li, NOW)).member.id).toBe('M0002');
      expect((await store.upsert(zhao, NOW)).member).toMatchObject({ id: 'M0003', position: '', wechat: '', telegramId: '', role: 'staff' });

      expect(await store.get('M0001')).toEqual(added.member);
      expect(await store.get('M0404')).toBeNull();
      expect(ids(await store.byName('李四'))).toEqual(['M0002']);
      expect(await store.byName('无名')).toEqual([]);
      expect(ids(await store.list())).toEqual(['M0001', 'M0002', 'M0003']);
      expect(ids(await store.list({ sector: '民盟' }))).toEqual(['M0001']);
      expect(ids(await store.list({ committee: '经济委' }))).toEqual(['M0002']);
      expect(ids(await store.list({ sector: '民盟', committee: '经济委' }))).toEqual([]);
    });

    it('finds notice recipients by any part of the query, each once, in id order', async () => {
      for (const fields of [zhang, li, zhao]) await store.upsert(fields, NOW);
      expect(ids(await store.findBy({ all: true }))).toEqual(['M0001', 'M0002', 'M0003']);
      expect(ids(await store.findBy({ sectors: ['民建'], committees: ['提案委'], names: ['李四', 'M0003'] }))).toEqual(['M0001', 'M0002', 'M0003']);
      expect(ids(await store.findBy({ names: ['赵秘书'] }))).toEqual(['M0003']);
      expect(await store.findBy({})).toEqual([]);
      expect(await store.findBy({ sectors: [], committees: [], names: [] })).toEqual([]);
    });

    it('updates in place: by phone, by 姓名 + 界别 without one, by 编号; what a row leaves out stays', async () => {
      await store.upsert(zhang, NOW);
      expect((await store.upsert(zhang, NOW)).outcome).toBe('unchanged');
      const moved = await store.upsert({ name: '张三', phone: '13800001234', committee: '经济委' }, NOW);
      expect(moved).toEqual({ outcome: 'updated', member: { ...zhang, id: 'M0001', committee: '经济委' } });

      await store.upsert({ name: '陈默', sector: '民进' }, NOW);
      // An empty phone keeps the registered one; a phone given later finds the phone-less entry.
      expect((await store.upsert({ name: '张三', sector: '民盟', phone: '' }, NOW)).outcome).toBe('unchanged');
      expect(await store.upsert({ name: '陈默', sector: '民进', phone: '13311112222' }, NOW)).toMatchObject({ outcome: 'updated', member: { id: 'M0002' } });

      // A new phone under a registered name and 界别: a new member, with the namesake to check.
      const namesake = await store.upsert({ name: '张三', sector: '民盟', phone: '13900009999' }, NOW);
      expect(namesake).toMatchObject({ outcome: 'added', member: { id: 'M0003' }, namesake: { id: 'M0001' } });
      // 编号 says which one it is; an unknown 编号 is refused.
      expect(await store.upsert({ id: 'M0001', name: '张三', phone: '13700007777' }, NOW)).toMatchObject({ outcome: 'updated', member: { id: 'M0001', phone: '13700007777' } });
      expect(await refusal(store.upsert({ id: 'M0042', name: '王五' }, NOW))).toContain('M0042');
      // Two 张三 of 民盟 now: a row without phone or 编号 cannot tell them apart.
      expect(await refusal(store.upsert({ name: '张三', sector: '民盟' }, NOW))).toContain('2 位“张三”');
      expect(await store.list()).toHaveLength(3);
    });

    it('refuses to give a phone or Telegram id registered to one member to another', async () => {
      await store.upsert({ ...zhang, telegramId: '555' }, NOW);
      await store.upsert(li, NOW);
      expect(await refusal(store.upsert({ id: 'M0002', name: '李四', phone: '13800001234' }, NOW))).toContain('M0001');
      expect(await refusal(store.upsert({ ...li, telegramId: '555' }, NOW))).toContain('555');
      expect((await store.get('M0002'))?.phone).toBe('13900005678');
      // Nothing of a refused row is applied.
      expect(await store.byAccount('telegram:555')).toMatchObject({ id: 'M0001' });
    });

    it('binds accounts: one member per account, the most recently bound first, unbinding once', async () => {
      await store.upsert(zhang, NOW);
      await store.upsert(li, NOW);
      expect(await store.byAccount('wechat:wx-a')).toBeNull();
      await store.bind('wechat:wx-a', 'M0001', minutes(1));
      await store.bind('telegram:42', 'M0001', minutes(2));
      expect(await store.byAccount('wechat:wx-a')).toMatchObject({ id: 'M0001', name: '张三' });
      expect(await store.accountsOf('M0001')).toEqual(['telegram:42', 'wechat:wx-a']);

      await store.bind('wechat:wx-a', 'M0002', minutes(3));
      expect(await store.accountsOf('M0001')).toEqual(['telegram:42']);
      expect(await store.accountsOf('M0002')).toEqual(['wechat:wx-a']);
      expect(await store.unbind('wechat:wx-a')).toBe(true);
      expect(await store.unbind('wechat:wx-a')).toBe(false);
      expect(await store.accountsOf('M0002')).toEqual([]);
    });

    it('binds the registry Telegram id on import; an unbinding sticks until the id changes', async () => {
      await store.upsert({ ...zhang, telegramId: '555' }, NOW);
      expect(await store.accountsOf('M0001')).toEqual(['telegram:555']);
      await store.unbind('telegram:555');
      expect((await store.upsert({ ...zhang, telegramId: '555' }, minutes(1))).outcome).toBe('unchanged');
      expect(await store.byAccount('telegram:555')).toBeNull();
      await store.upsert({ ...zhang, telegramId: '777' }, minutes(2));
      expect(await store.accountsOf('M0001')).toEqual(['telegram:777']);
      await store.upsert({ ...zhang, telegramId: '' }, minutes(3));
      expect(await store.accountsOf('M0001')).toEqual([]);
    });

    it('redeems a binding code once, before it expires; a new code revokes the earlier one', async () => {
      await store.upsert(zhang, NOW);
      await store.upsert(li, NOW);
      const day = minutes(24 * 60);
      expect(await store.issueCode('M0001', hash(1), day, NOW)).toBe(true);
      expect(await store.redeemCode(hash(9), NOW)).toBeNull();
      expect(await store.redeemCode(hash(1), minutes(5))).toBe('M0001');
      expect(await store.redeemCode(hash(1), minutes(6))).toBeNull();

      expect(await store.issueCode('M0001', hash(2), day, NOW)).toBe(true);
      expect(await store.issueCode('M0001', hash(3), day, NOW)).toBe(true);
      expect(await store.redeemCode(hash(2), minutes(1))).toBeNull();
      // A hash live for another member is not handed out again; the caller draws another code.
      expect(await store.issueCode('M0002', hash(3), day, NOW)).toBe(false);
      expect(await store.redeemCode(hash(3), day)).toBeNull(); // expired at that instant
      expect(await store.issueCode('M0002', hash(3), minutes(24 * 60 + 10), minutes(24 * 60 + 1))).toBe(true);
      expect(await store.redeemCode(hash(3), minutes(24 * 60 + 2))).toBe('M0002');
    });

    it('counts failed binding attempts per account, per name and overall, for a day', async () => {
      await store.recordFailure({ account: 'wechat:a', kind: 'phone', target: '张三' }, minutes(1));
      await store.recordFailure({ account: 'wechat:a', kind: 'code' }, minutes(2));
      await store.recordFailure({ account: 'wechat:b', kind: 'phone', target: '张三' }, minutes(3));
      await store.recordFailure({ account: 'wechat:b', kind: 'phone', target: '李四' }, minutes(4));
      expect(await store.failuresSince('wechat:a', NOW)).toBe(2);
      expect(await store.failuresSince('wechat:a', minutes(1))).toBe(1); // strictly after
      expect(await store.failuresSince('wechat:c', NOW)).toBe(0);
      expect(await store.targetFailuresSince('张三', NOW)).toBe(2);
      expect(await store.targetFailuresSince('李四', minutes(4))).toBe(0);
      expect(await store.phoneFailuresSince(NOW)).toBe(3);
      // A failure recorded a day later clears the old ones.
      await store.recordFailure({ account: 'wechat:a', kind: 'code' }, minutes(2 * 24 * 60));
      expect(await store.failuresSince('wechat:a', new Date(0))).toBe(1);
      expect(await store.phoneFailuresSince(new Date(0))).toBe(0);
    });

    it('locks a name until staff unlock it, which forgives the earlier wrong guesses', async () => {
      expect(await store.lockedSince('张三')).toBeNull();
      expect(await store.unlockTarget('张三', NOW)).toBe(false);
      await store.recordFailure({ account: 'wechat:a', kind: 'phone', target: '张三' }, minutes(1));
      await store.lockTarget('张三', minutes(2));
      await store.lockTarget('张三', minutes(3));
      await store.lockTarget('李四', minutes(4));
      expect(await store.lockedSince('张三')).toEqual(minutes(2));
      expect(await store.lockedTargets()).toEqual(new Map([['张三', minutes(2)], ['李四', minutes(4)]]));

      expect(await store.unlockTarget('张三', minutes(5))).toBe(true);
      expect(await store.unlockTarget('张三', minutes(5))).toBe(false);
      expect(await store.lockedSince('张三')).toBeNull();
      expect(await store.lockedTargets()).toEqual(new Map([['李四', minutes(4)]]));
      expect(await store.targetFailuresSince('张三', NOW)).toBe(0);
      await store.recordFailure({ account: 'wechat:b', kind: 'phone', target: '张三' }, minutes(6));
      expect(await store.targetFailuresSince('张三', NOW)).toBe(1);
      // Locked again later: a new lock time.
      await store.lockTarget('张三', minutes(7));
      expect(await store.lockedSince('张三')).toEqual(minutes(7));
    });

    it('keeps names, notes and ids verbatim, whatever they contain', async () => {
      const odd = { name: "O'Neil\"; DROP TABLE members; --", sector: '%_\\', committee: '😀', position: '?1 $1 :x @y', phone: '', role: 'member' as const };
      const { member } = await store.upsert(odd, NOW);
      expect(await store.byName(odd.name)).toEqual([member]);
      expect(ids(await store.findBy({ sectors: ['%_\\'] }))).toEqual([member.id]);
      expect(ids(await store.list({ sector: '%' }))).toEqual([]);
      await store.bind("wechat:x' OR '1'='1", member.id, NOW);
      expect(await store.accountsOf(member.id)).toEqual(["wechat:x' OR '1'='1"]);
    });
  });
}

describeMemberStoreContract('SqliteMemberStore', async () => {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS);
  return {
    store: new SqliteMemberStore(db),
    close: () => {
      db.close();
    },
  };
});
