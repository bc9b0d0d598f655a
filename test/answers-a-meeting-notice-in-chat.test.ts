import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { OutboxDispatcher } from '../src/conversation/outbox-dispatcher.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, RecordingSender } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

let now = new Date('2026-12-01T02:00:00Z');
const roster = new FakeRoster([
  { memberId: 'M0001', name: '张三', sector: '民盟', committee: '提案委', accounts: [{ channel: 'console', chatId: 'zhang', isGroup: false }] },
  { memberId: 'M0002', name: '李四', sector: '民建', committee: '提案委', accounts: [{ channel: 'console', chatId: 'li', isGroup: false }] },
  { memberId: 'M0003', name: '王五', sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId: 'wang', isGroup: false }] },
]);
const inbox = new RecordingSender('console');
let app: App;
let deliver: () => Promise<void>;
beforeAll(async () => {
  app = await createApp(testConfig({ STAFF_IDS: 'console:secretary' }), silentLogger(), { roster, now: () => now });
  const dispatcher = new OutboxDispatcher({ outbox: app.storage.outbox, senders: [inbox], log: silentLogger(), now: () => now });
  deliver = () => dispatcher.tick();
});
afterAll(() => app.close());

const secretary = new ChatDriver(() => app, 'secretary', '王秘书');
const zhang = new ChatDriver(() => app, 'zhang', '张三');
const li = new ChatDriver(() => app, 'li', '李四');

describe('a meeting notice written, sent and answered in chat', () => {
  it('a member who is not staff cannot write or push a notice', async () => {
    expect(await zhang.say('发布通知')).toContain('仅限市政协工作人员');
    expect(await zhang.say('发送通知 1')).toContain('仅限市政协工作人员');
    expect(await zhang.say('回执 1')).toContain('仅限市政协工作人员');
  });

  it('staff write it step by step, preview and send; members reply and staff read the roll', async () => {
    expect(await secretary.say('发布通知')).toContain('标题');
    expect(await secretary.say('关于召开提案委员会全体会议的通知')).toContain('会议时间');
    expect(await secretary.say('12月5日上午9:00')).toContain('地点');
    expect(await secretary.say('市民之家三楼会议室')).toContain('参会范围');
    expect(await secretary.say('提案委全体委员')).toContain('正文');
    expect(await secretary.say('审议年度提案工作报告，请准时参加。')).toContain('回执');
    expect(await secretary.say('是')).toContain('截止');
    expect(await secretary.say('12月3日18:00')).toContain('发给谁');
    const preview = await secretary.say('专委会：提案委');
    expect(preview).toContain('请核对会议通知');
    expect(preview).toContain('专委会：提案委');
    expect(await secretary.say('修改 地点 市政协二楼报告厅')).toContain('地点：市政协二楼报告厅');
    const sent = await secretary.say('发送');
    expect(sent).toContain('共 2 位委员');
    const id = Number(/通知 (\d+) 已开始发送/.exec(sent)?.[1]);

    await deliver();
    expect(inbox.to('zhang')).toHaveLength(1);
    expect(inbox.to('zhang')[0]).toContain('关于召开提案委员会全体会议的通知');
    expect(inbox.sent.find((s) => s.to.chatId === 'zhang')).toBeDefined();
    expect(inbox.to('wang')).toHaveLength(0);

    expect(await zhang.say('参加')).toContain('已登记：参加');
    expect(await li.say('参加')).toContain('已登记');
    now = new Date('2026-12-02T02:00:00Z');
    expect(await li.say(`请假 ${id} 临时出差`)).toContain('已登记：请假');

    const roll = await secretary.say(`回执 ${id}`);
    expect(roll).toContain('参加 1 人：张三');
    expect(roll).toContain('请假 1 人：李四（临时出差）');
    expect(roll).toContain('未回复 0 人');

    now = new Date('2026-12-04T02:00:00Z');
    expect(await zhang.say('请假 家中有事')).toContain('没有需要您回复');
  });

  it('a reply from someone the notice did not reach is not counted', async () => {
    expect(await new ChatDriver(() => app, 'stranger').say('参加')).toContain('没有需要您回复');
  });
});
