import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

const now = new Date('2026-11-10T02:00:00Z');
const notice = (title: string, time: string, replyBy: string): NoticeFields => ({ title, time, place: '市政协五楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date(replyBy) });

describe('a reply told over several bubbles, one meeting waiting', () => {
  const roster = new FakeRoster(['M1', 'M2'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '农工党', committee: '社法委', accounts: [{ channel: 'console', chatId: `b${i + 1}`, isGroup: false }] })));
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const created = await app.notices.create(notice('关于召开市政协常委会会议的通知', '11月20日上午9:00', '2026-11-18T10:00:00Z'), { allMembers: false, sectors: [], committees: [], members: ['M1', 'M2'], groups: [] }, 'office', now);
    await app.notices.send(created.id, 'office', now);
    id = created.id;
  });
  afterAll(() => app.close());
  const answerOf = async (memberId: string) => [...(await app.notices.roll(id)).excused].find((r) => r.memberId === memberId);

  it('keeps the circumstance said first, the meeting’s day named before the member, as the reason', async () => {
    const member = new ChatDriver(() => app, 'b1');
    expect(await member.say('常委会那天我要去北京开全国工商联的会')).toContain('参加还是请假');
    expect(await member.say('只能请假了')).toContain('已登记：请假');
    expect((await answerOf('M1'))?.reason).toContain('去北京开全国工商联的会');
  });

  it('reads a relative’s introduction with the next bubble, so the reason is the member’s', async () => {
    const relative = new ChatDriver(() => app, 'b2');
    await relative.say('我是委员家属，他手机在我这儿');
    expect(await relative.say('他前天摔了一跤腿骨折了，常委会来不了')).toContain('已登记：请假');
    expect((await answerOf('M2'))?.reason).toContain('骨折');
  });
});

describe('two meetings waiting, answered bubble by bubble', () => {
  const roster = new FakeRoster([{ memberId: 'M1', name: '委员1', sector: '农工党', committee: '社法委', accounts: [{ channel: 'console', chatId: 't1', isGroup: false }] }]);
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    for (const [title, time, replyBy] of [
      ['关于召开市政协常委会会议的通知', '11月15日上午9:00', '2026-11-13T10:00:00Z'],
      ['关于参加专题协商会的通知', '11月20日下午2:30', '2026-11-18T10:00:00Z'],
    ] as const) {
      const created = await app.notices.create(notice(title, time, replyBy), { allMembers: false, sectors: [], committees: [], members: ['M1'], groups: [] }, 'office', now);
      await app.notices.send(created.id, 'office', now);
      ids.push(created.id);
    }
  });
  afterAll(() => app.close());

  it('records a leave naming the second meeting for that one, never the first', async () => {
    const member = new ChatDriver(() => app, 't1');
    await member.say('15号上午那个可以');
    await member.say('20号下午那个我在外地带队考察，请假');
    const first = await app.notices.roll(ids[0]!);
    expect(first.excused.find((r) => r.memberId === 'M1')).toBeUndefined();
  });
});

describe('someone else’s circumstance', () => {
  it('records nothing for it', () => {
    expect(readReply('她5号来不了，家里有事').kind).not.toBe('leave');
  });
});
