import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticesCommand } from '../src/cli/notices-command.ts';
import type { OpinionsIo } from '../src/cli/opinions/io.ts';
import { silentLogger } from '../src/log.ts';
import { COMPOSE_STEPS } from '../src/notices/chat/compose-dialog.ts';
import { NoticeFileError, parseNoticeFile } from '../src/notices/front-matter.ts';
import { testConfig } from './support/test-app.ts';

const NOW = new Date('2026-11-23T02:00:00Z');
const NOTICE = readFileSync(path.resolve('test/fixtures/notices/standing-committee.md'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'liaison-notice-files-'));

/** The shipped example with one front-matter line replaced (or added) and, optionally, another body. */
function notice(key: string, value: string, body?: string): string {
  const lines = NOTICE.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (at >= 0) lines[at] = `${key}: ${value}`;
  else lines.splice(1, 0, `${key}: ${value}`);
  const text = lines.join('\n');
  return body === undefined ? text : text.replace(/\n---\n[\s\S]*$/, `\n---\n${body}\n`);
}

function refusal(source: string): string {
  try {
    parseNoticeFile(source, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeFileError);
    return (error as Error).message;
  }
  throw new Error('the notice file was accepted');
}

describe('a notice file’s fields have the same limits as in chat', () => {
  it('refuses a 1,000,000-character title without printing it', () => {
    const message = refusal(notice('标题', '政'.repeat(1_000_000)));
    expect(message).toBe('“标题”过长（1000000 字），请控制在 60 字以内。');
  });

  it('limits every field, and takes one at the limit', () => {
    expect(refusal(notice('时间', '九'.repeat(61)))).toBe('“时间”过长（61 字），请控制在 60 字以内。');
    expect(refusal(notice('地点', '楼'.repeat(61)))).toBe('“地点”过长（61 字），请控制在 60 字以内。');
    expect(refusal(notice('参会范围', '委'.repeat(101)))).toBe('“参会范围”过长（101 字），请控制在 100 字以内。');
    expect(refusal(notice('对象', `委员：${'张三、'.repeat(200)}`))).toMatch(/^“对象”过长（\d+ 字），请控制在 500 字以内。$/);
    expect(refusal(notice('标题', '会', '正'.repeat(2001)))).toBe('“正文”过长（2001 字），请控制在 2000 字以内。');
    expect(parseNoticeFile(notice('标题', '会'.repeat(60)), NOW).fields.title).toBe('会'.repeat(60));
    // The chat asks for the same limits.
    const chat = Object.fromEntries(COMPOSE_STEPS.map((step) => [step.key, step]));
    expect(chat.title?.read('会'.repeat(61), NOW)).toEqual({ error: '标题请控制在 60 字以内。' });
    expect(chat.body?.read('正'.repeat(2001), NOW)).toEqual({ error: '正文请控制在 2000 字以内。' });
  });

  it('quotes a bad value only in part', () => {
    const line = refusal(notice('颜色', '红'.repeat(1_000_000)));
    expect(line).toMatch(/^字段块第 1 行无法识别：“颜色: 红{16}…”。/);
    expect(refusal(notice('回执截止', `下周${'吧'.repeat(50)}`))).toMatch(/^“回执截止”无法识别：下周吧{18}…（/);
    expect(refusal(notice('群', `wechat:ok@chatroom ${'x'.repeat(400)}`))).toContain(`而不是“${'x'.repeat(20)}…”`);
  });

  it('refuses NUL and control characters', () => {
    expect(refusal(notice('标题', '常委会\0会议'))).toContain('含有空字符或不可见的控制字符');
  });
});

describe('liaison notices create --file', () => {
  const ctx = { config: testConfig(), log: silentLogger() };
  const terminal = () => {
    const said: string[] = [];
    const io: OpinionsIo = { out: (t) => said.push(t), err: (t) => said.push(t), cwd: dir, now: () => NOW };
    return { io, said };
  };
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it('refuses a file far too large, a long title and a device, each in one short sentence, and creates nothing', async () => {
    for (const [file, said] of [
      [write('huge.md', notice('标题', '政'.repeat(1_000_000))), '通知文件过大'],
      [write('long-title.md', notice('标题', '政'.repeat(10_000))), '“标题”过长（10000 字），请控制在 60 字以内。'],
      ['/dev/zero', '/dev/zero 不是普通文件'],
    ] as const) {
      const { io, said: out } = terminal();
      expect(await noticesCommand(ctx, ['create', '--file', file], io)).toBe(1);
      expect(out).toHaveLength(1);
      expect(out[0]).toContain(said);
      expect(out[0]!.length).toBeLessThan(150);
    }
    const { io, said } = terminal();
    await noticesCommand(ctx, ['list'], io);
    expect(said).toEqual(['还没有会议通知。']);
  });

  it('reads a notice file saved by Notepad as GBK', async () => {
    const encoded = encodeGbk(notice('标题', '关于召开常委会会议的通知'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encoded)).toThrow();
    const { io, said } = terminal();
    expect(await noticesCommand(ctx, ['create', '--file', write('gbk.md', encoded)], io)).toBe(0);
    expect(said.join('\n')).toContain('关于召开常委会会议的通知');
  });
});

/** GBK encoding by search over the decoder's table: enough for the few characters of a test. */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.from([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = table.get(char);
      if (!code) throw new Error(`no GBK code for ${char}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}
