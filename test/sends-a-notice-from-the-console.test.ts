import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// In-process: the console and the staff commands are the point here, not the process (see support/in-process-cli.ts).
import { liaisonInProcess as liaison } from './support/in-process-cli.ts';

describe('a notice end to end through the console and the command line', () => {
  it('import members, a staff member writes and sends a notice, two members reply, the roll shows it', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'liaison-notice-console-'));
    expect((await liaison(data, ['members', 'import', path.resolve('test/fixtures/members/committee.csv')])).stdout).toContain('新增 5 人');

    // Registry staff bind by a one-time code only (src/members/bind-feature.ts).
    const { code } = JSON.parse((await liaison(data, ['members', 'code', '赵秘书', '--json'])).stdout) as { code: string };
    const staff = await liaison(data, ['chat', '--user', 'office'], [
      `绑定 ${code}`,
      '发布通知',
      '关于召开提案委员会全体会议的通知',
      '12月5日上午9:00',
      '市民之家三楼会议室',
      '提案委全体委员',
      '审议年度提案工作报告，请准时参加。',
      '是',
      '2099-12-03 18:00',
      '专委会：提案委',
      '发送',
    ]);
    expect(staff.stdout).toContain('绑定成功：赵秘书');
    expect(staff.stdout).toMatch(/通知 1 已开始发送，共 2 位委员/);

    expect((await liaison(data, ['chat', '--user', 'u1'], ['绑定 张三 1234', '参加'])).stdout).toContain('已登记：参加');
    expect((await liaison(data, ['chat', '--user', 'u2'], ['绑定 李四 5678', '请假 外出调研'])).stdout).toContain('已登记：请假');

    const status = await liaison(data, ['notices', 'status', '1', '--json']);
    expect(status.code).toBe(0);
    const roll = JSON.parse(status.stdout) as { attending: { name: string }[]; excused: { name: string; reason: string }[]; unanswered: unknown[] };
    expect(roll.attending.map((r) => r.name)).toEqual(['张三']);
    expect(roll.excused).toEqual([expect.objectContaining({ name: '李四', reason: '外出调研' })]);
    expect(roll.unanswered).toEqual([]);
  }, 90_000);
});
