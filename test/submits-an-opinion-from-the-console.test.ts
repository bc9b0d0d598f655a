import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// In-process: the console and the staff commands are the point here, not the process (see support/in-process-cli.ts).
import { liaisonInProcess as liaison } from './support/in-process-cli.ts';
import { allFields, receiptNumber } from './support/chat-driver.ts';

describe('a member submits from the console and staff see it', () => {
  it('the scripted chat ends with a receipt and opinions list --json shows every field', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'liaison-console-'));
    const chat = await liaison(data, ['chat', '--user', 'u1', '--name', '李明'], ['我想反映社情民意', allFields(), '确认提交']);
    expect(chat.code).toBe(0);
    const number = receiptNumber(chat.stdout);

    const list = await liaison(data, ['opinions', 'list', '--json']);
    expect(list.code).toBe(0);
    const opinions = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(opinions).toHaveLength(1);
    expect(JSON.stringify(opinions[0])).toContain(number);
    expect(opinions[0]).toMatchObject({ status: '已提交', memberId: 'console:u1' });
    for (const value of ['关于在城南小学门口增设红绿灯的建议', '800名学生', '增设红绿灯和减速带', '城乡建设', '李明', '民盟', '13812345678']) {
      expect(JSON.stringify(opinions[0])).toContain(value);
    }
  }, 60_000);

  it('a dialog left half-way in one process resumes in the next', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'liaison-console-'));
    await liaison(data, ['chat', '--user', 'u2', '--name', '王芳'], [
      '我想反映社情民意',
      '阳光小区600多户居民没有一个电动车充电桩，居民只能飞线充电，去年发生过一次起火。',
    ]);
    const resumed = await liaison(data, ['chat', '--user', 'u2', '--name', '王芳'], [
      '预览',
      '建议区住建局在小区空地建设集中充电棚。',
      '是',
      '农工党',
      '13900001111',
      '同意',
      '确认提交',
    ]);
    expect(resumed.stdout).toContain('600多户');
    expect(receiptNumber(resumed.stdout)).toMatch(/^SQMY-/);
  }, 60_000);
});
