import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpinionStoreError, type OpinionStore } from '../src/opinions/opinion-store.ts';
import { SqliteOpinionStore } from '../src/opinions/sqlite-opinion-store.ts';
import { canMove, type OpinionFields, type OpinionStatus } from '../src/opinions/types.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';

export interface StoreUnderTest {
  store: OpinionStore;
  close(): Promise<void> | void;
}

const fields = (overrides: Partial<OpinionFields> = {}): OpinionFields => ({
  title: '建议在实验小学门口增设红绿灯',
  situation: '解放大道实验小学门口路口没有信号灯，上下学高峰人车混行，近一年发生多起剐蹭，涉及学生约两千人。',
  suggestion: '增设信号灯，高峰时段安排交通协管员。',
  category: '社会治理',
  name: '李明',
  sector: '民盟',
  phone: '13800000000',
  signed: true,
  ...overrides,
});

/** In China time, which is what the numbering year follows. */
const at = (text: string) => new Date(`${text}+08:00`);

/** The behaviour every OpinionStore must show; a PostgreSQL store will run the same suite. */
export function describeOpinionStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} keeps the OpinionStore contract`, () => {
    let subject: StoreUnderTest;
    let store: OpinionStore;
    let message = 0;
    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });
    afterEach(async () => subject.close());

    const submit = (memberId: string, now: Date, more: Partial<OpinionFields> = {}) =>
      store.submit({ memberId, channel: 'console', messageId: `m${++message}`, fields: fields(more), now });

    async function expectRefusal(promise: Promise<unknown>, code: string) {
      const error = await promise.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(OpinionStoreError);
      expect((error as OpinionStoreError).code).toBe(code);
    }

    it('numbers per year with zero padding and starts again at 0001 in a new year (China time)', async () => {
      const numbers: string[] = [];
      for (const [i, time] of ['2026-03-01T09:00:00', '2026-03-01T09:05:00', '2026-12-31T23:59:00'].entries()) {
        numbers.push((await submit('u1', at(time), i === 0 ? {} : { title: `第${i + 1}条建议` })).opinion.number);
      }
      // 16:30 UTC on 31 December is already 1 January in Wuhan.
      numbers.push((await submit('u1', new Date('2026-12-31T16:30:00Z'), { title: '第4条建议' })).opinion.number);
      numbers.push((await submit('u2', at('2027-01-02T10:00:00'))).opinion.number);
      expect(numbers).toEqual(['SQMY-2026-0001', 'SQMY-2026-0002', 'SQMY-2026-0003', 'SQMY-2027-0001', 'SQMY-2027-0002']);

      const first = await store.get('SQMY-2026-0001');
      expect(first).toMatchObject({ memberId: 'u1', channel: 'console', status: '已提交', statusNote: '', fields: fields() });
      expect(first?.createdAt).toEqual(at('2026-03-01T09:00:00'));
      expect(first?.history).toEqual([{ from: null, to: '已提交', note: '', actor: 'u1', at: at('2026-03-01T09:00:00') }]);
      expect(await store.get('SQMY-2026-0099')).toBeNull();
    });

    it('stores one submission for a message delivered twice', async () => {
      const request = { memberId: 'u1', channel: 'wechat', messageId: 'wx-42', fields: fields(), now: at('2026-05-01T10:00:00') };
      const first = await store.submit(request);
      const again = await store.submit({ ...request, now: at('2026-05-01T10:00:03') });
      const other = { ...request, messageId: 'wx-43', fields: fields({ title: '另一条建议' }) };
      const racing = await Promise.all([store.submit(other), store.submit(other)]);
      expect(first.duplicate).toBe(false);
      expect(again).toEqual({ opinion: first.opinion, duplicate: true, matched: 'message' });
      expect(racing.map((r) => r.duplicate).sort()).toEqual([false, true]);
      expect(racing[0]?.opinion.number).toBe(racing[1]?.opinion.number);
      // The same id on another channel is another message.
      const telegram = await store.submit({ ...request, channel: 'telegram', fields: fields({ title: '第三条建议' }) });
      expect(telegram.duplicate).toBe(false);
      expect((await store.list()).map((o) => o.number)).toEqual(['SQMY-2026-0001', 'SQMY-2026-0002', 'SQMY-2026-0003']);
    });

    it('recognises the same content from the same member within a day as the same report', async () => {
      const sent = at('2026-05-01T10:00:00');
      const first = await submit('u1', sent);
      expect(first.duplicate).toBe(false);
      // Sent again from a new dialog (new message id), with width, spacing and punctuation changed.
      const again = await submit('u1', at('2026-05-01T18:30:00'), {
        title: ' 建议在实验小学门口增设红绿灯！',
        situation: fields().situation.replace(/，/g, ', ').replace('两千', '两千 '),
        suggestion: '另一种写法的建议。',
      });
      expect(again).toEqual({ opinion: first.opinion, duplicate: true, matched: 'content' });
      // Another channel is the same member all the same.
      expect(await store.submit({ memberId: 'u1', channel: 'telegram', messageId: 'tg-1', fields: fields(), now: at('2026-05-02T09:59:00') })).toMatchObject({
        duplicate: true,
        matched: 'content',
        opinion: { number: first.opinion.number },
      });
      // A changed situation, another member, or a day later is a new report.
      const changed = await submit('u1', at('2026-05-01T19:00:00'), { situation: `${fields().situation}今年又发生一起。` });
      const otherMember = await submit('u2', at('2026-05-01T19:00:00'));
      const nextDay = await submit('u1', at('2026-05-02T10:00:01'));
      expect([changed.duplicate, otherMember.duplicate, nextDay.duplicate]).toEqual([false, false, false]);
      // Two racing resubmissions of new content get one number between them.
      const fresh = fields({ title: '关于老旧小区加装电梯的建议' });
      const racing = await Promise.all(['r1', 'r2'].map((messageId) => store.submit({ memberId: 'u3', channel: 'wechat', messageId, fields: fresh, now: sent })));
      expect(racing.map((r) => r.duplicate).sort()).toEqual([false, true]);
      expect(racing[0]?.opinion.number).toBe(racing[1]?.opinion.number);
      expect(await store.list()).toHaveLength(5);
    });

    it('moves through the allowed statuses and records who did what', async () => {
      const { number } = (await submit('u1', at('2026-05-01T10:00:00'))).opinion;
      await store.changeStatus({ number, to: '已受理', note: '', actor: '王科长', now: at('2026-05-02T09:00:00') });
      await store.changeStatus({ number, to: '已编报', note: '编入第12期', actor: '王科长', now: at('2026-05-03T09:00:00') });
      const done = await store.changeStatus({ number, to: '已办结', note: '已回复', actor: '张主任', now: at('2026-06-01T09:00:00') });
      expect(done).toMatchObject({ status: '已办结', statusNote: '已回复', updatedAt: at('2026-06-01T09:00:00') });
      expect(done.history.map((h) => [h.from, h.to, h.note, h.actor])).toEqual([
        [null, '已提交', '', 'u1'],
        ['已提交', '已受理', '', '王科长'],
        ['已受理', '已编报', '编入第12期', '王科长'],
        ['已编报', '已办结', '已回复', '张主任'],
      ]);
      await expectRefusal(store.changeStatus({ number, to: '已受理', note: '', actor: '王科长', now: at('2026-06-02T09:00:00') }), 'transition_refused');
      await expectRefusal(store.changeStatus({ number: 'SQMY-2026-0404', to: '已受理', note: '', actor: 'x', now: at('2026-06-02T09:00:00') }), 'not_found');
      expect((await store.get(number))?.history).toHaveLength(4);
    });

    it('refuses a skipped step, and 不予采用 without a reason', async () => {
      const { number } = (await submit('u1', at('2026-05-01T10:00:00'))).opinion;
      const now = at('2026-05-02T09:00:00');
      await expectRefusal(store.changeStatus({ number, to: '已办结', note: '', actor: '王科长', now }), 'transition_refused');
      await expectRefusal(store.changeStatus({ number, to: '已采用', note: '', actor: '王科长', now }), 'transition_refused');
      await expectRefusal(store.changeStatus({ number, to: '不予采用', note: '   ', actor: '王科长', now }), 'note_required');
      await expectRefusal(store.changeStatus({ number, to: '待定' as OpinionStatus, note: '', actor: '王科长', now }), 'transition_refused');
      expect((await store.get(number))?.status).toBe('已提交');
      const refused = await store.changeStatus({ number, to: '不予采用', note: '已有同类信息在办理', actor: '王科长', now });
      expect(refused).toMatchObject({ status: '不予采用', statusNote: '已有同类信息在办理' });
      await expectRefusal(store.changeStatus({ number, to: '已受理', note: '', actor: '王科长', now }), 'transition_refused');
    });

    it('lists by member, status and date', async () => {
      const a = (await submit('u1', at('2026-01-10T10:00:00'))).opinion.number;
      const b = (await submit('u2', at('2026-02-10T10:00:00'))).opinion.number;
      const c = (await submit('u1', at('2026-03-10T10:00:00'))).opinion.number;
      await store.changeStatus({ number: b, to: '已受理', note: '', actor: 's', now: at('2026-03-11T10:00:00') });
      const numbers = (list: { number: string }[]) => list.map((o) => o.number);
      expect(numbers(await store.list())).toEqual([a, b, c]);
      expect(numbers(await store.listByMember('u1'))).toEqual([a, c]);
      expect(numbers(await store.listByMember('nobody'))).toEqual([]);
      expect(numbers(await store.list({ status: '已受理' }))).toEqual([b]);
      expect(numbers(await store.list({ status: '已提交' }))).toEqual([a, c]);
      expect(numbers(await store.list({ since: at('2026-02-10T10:00:00') }))).toEqual([b, c]);
      expect(numbers(await store.list({ status: '已提交', since: at('2026-02-01T00:00:00') }))).toEqual([c]);

      // Binding an account to a registry member moves its reports to the member.
      expect(await store.reassignMember('u1', 'M0001')).toBe(2);
      expect(numbers(await store.listByMember('M0001'))).toEqual([a, c]);
      expect(numbers(await store.listByMember('u1'))).toEqual([]);
    });

    it('points out a near-identical earlier report', async () => {
      const own = (await submit('u1', at('2026-04-01T10:00:00'))).opinion.number;
      const other = (
        await submit('u2', at('2026-04-02T10:00:00'), {
          title: '关于老旧小区电动车充电的建议',
          situation: '光谷老旧小区没有充电桩，居民飞线充电，夜间火灾隐患突出，涉及约三百户。',
        })
      ).opinion.number;
      const numbers = (list: { number: string }[]) => list.map((o) => o.number);

      // Same member, same title give or take punctuation and width; different situation.
      expect(numbers(await store.findSimilar('u1', { title: '建议在实验小学门口增设红绿灯！', situation: '另一件事' }))).toEqual([own]);
      // Another member with the same title is not a resubmission.
      expect(numbers(await store.findSimilar('u3', { title: '建议在实验小学门口增设红绿灯', situation: '另一件事' }))).toEqual([]);
      // Anyone with near-identical situation text is the same case.
      const similar = await store.findSimilar('u3', {
        title: '电动车充电',
        situation: '光谷老旧小区没有充电桩，居民飞线充电，夜间火灾隐患突出，涉及约三百户居民。',
      });
      expect(numbers(similar)).toEqual([other]);
      expect(similar[0]?.fields.name).toBe('李明');
      expect(await store.findSimilar('u1', { title: '公园厕所太少', situation: '周末游客多，排队很长。' })).toEqual([]);
      expect(await store.findSimilar('u1', { title: '', situation: '' })).toEqual([]);
    });

    it('searches by status, category, 界别, time and text, one page at a time with the total', async () => {
      const a = (await submit('u1', at('2026-03-01T09:00:00'), { category: '民生保障', sector: '民盟', name: '王建华' })).opinion.number;
      const b = (await submit('u2', at('2026-03-02T09:00:00'), { title: '建议治理100%_噪声', sector: '农工党' })).opinion.number;
      const c = (await submit('u3', at('2026-03-03T09:00:00'), { title: '第三条', situation: '公园厕所太少，周末排队很长。', sector: '民盟' })).opinion.number;
      await store.changeStatus({ number: b, to: '已受理', note: '', actor: '张科长', now: at('2026-03-04T09:00:00') });
      const numbers = async (query: Parameters<OpinionStore['search']>[0]) => {
        const page = await store.search(query);
        return { total: page.total, numbers: page.opinions.map((o) => o.number) };
      };

      expect(await numbers({})).toEqual({ total: 3, numbers: [c, b, a] });
      expect(await numbers({ order: 'numbering' })).toEqual({ total: 3, numbers: [a, b, c] });
      expect(await numbers({ limit: 1, offset: 1 })).toEqual({ total: 3, numbers: [b] });
      expect(await numbers({ limit: 0 })).toEqual({ total: 3, numbers: [] });
      expect(await numbers({ status: '已受理' })).toEqual({ total: 1, numbers: [b] });
      expect(await numbers({ category: '民生保障' })).toEqual({ total: 1, numbers: [a] });
      expect(await numbers({ sector: '民盟', order: 'numbering' })).toEqual({ total: 2, numbers: [a, c] });
      expect(await numbers({ from: at('2026-03-02T00:00:00'), until: at('2026-03-03T00:00:00') })).toEqual({ total: 1, numbers: [b] });
      // Text in the number, title, situation, suggestion or name; % and _ are only characters.
      expect(await numbers({ text: '王建华' })).toEqual({ total: 1, numbers: [a] });
      expect(await numbers({ text: '厕所' })).toEqual({ total: 1, numbers: [c] });
      expect(await numbers({ text: '100%_' })).toEqual({ total: 1, numbers: [b] });
      expect(await numbers({ text: '%' })).toEqual({ total: 1, numbers: [b] });
      expect(await numbers({ text: c.toLowerCase() })).toEqual({ total: 1, numbers: [c] });
      expect(await numbers({ text: '   ' })).toEqual({ total: 3, numbers: [c, b, a] });
      expect(await store.sectors()).toEqual(['民盟', '农工党'].sort());
    });
  });
}

describe('status rules', () => {
  it('allow only the documented moves', () => {
    expect(canMove('已提交', '已受理')).toBe(true);
    expect(canMove('已提交', '不予采用')).toBe(true);
    expect(canMove('已受理', '已转有关部门')).toBe(true);
    expect(canMove('已转有关部门', '已办结')).toBe(true);
    expect(canMove('已编报', '不予采用')).toBe(false);
    expect(canMove('已受理', '已受理')).toBe(false);
    expect(canMove('不予采用', '已受理')).toBe(false);
  });
});

describeOpinionStoreContract('SQLite', async () => {
  const db = openDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'liaison-opinions-')), 'liaison.db'));
  migrate(db, MIGRATIONS);
  return {
    store: new SqliteOpinionStore(db),
    close: () => {
      db.close();
    },
  };
});
