import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatCommand } from '../src/cli/chat-command.ts';
import type { CommandContext } from '../src/cli/context.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';

interface Out {
  text?: string;
  choices?: { label: string; value: string }[];
  private?: boolean;
  to?: string;
  push?: boolean;
  done?: boolean;
  in?: number;
  error?: string;
}

let ctx: CommandContext;

beforeAll(() => {
  ctx = { config: testConfig(), log: silentLogger() };
});

/** Runs `chat --jsonl` in-process: the lines on its stdin, every object it wrote on its stdout. */
async function replay(args: string[], lines: (string | object)[]): Promise<{ code: number; out: Out[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  stdin.end(lines.map((line) => `${typeof line === 'string' ? line : JSON.stringify(line)}\n`).join(''));
  const code = await chatCommand(ctx, ['--jsonl', ...args], { stdin, stdout });
  const out = printed
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Out);
  return { code, out };
}

/** A running `chat --jsonl`: send a line, get what it caused once its done marker is out. */
function live(args: string[]) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const out: Out[] = [];
  let waiting: (() => void) | undefined;
  let rest = '';
  stdout.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line !== '') out.push(JSON.parse(line) as Out);
    waiting?.();
  });
  const exit = chatCommand(ctx, ['--jsonl', ...args], { stdin, stdout });
  let n = 0;
  return {
    async send(line: object): Promise<Out[]> {
      const mine = ++n;
      stdin.write(`${JSON.stringify(line)}\n`);
      while (!out.some((o) => o.done && o.in === mine)) await new Promise<void>((resolve) => (waiting = resolve));
      return turn(out, mine);
    },
    end(): Promise<number> {
      stdin.end();
      return exit;
    },
  };
}

/** The objects written for input line n: everything after the previous done marker up to n's. */
function turn(out: Out[], n: number): Out[] {
  const end = out.findIndex((o) => o.done && o.in === n);
  expect(end, `no done marker for line ${n}`).toBeGreaterThanOrEqual(0);
  let start = end;
  while (start > 0 && !out[start - 1]!.done) start--;
  return out.slice(start, end);
}

const PASTE = [
  '标题：关于在城南小学门口增设红绿灯的建议',
  '情况与问题：城南路与学府街交叉口紧邻城南小学，每天上下学时段约800名学生过马路，路口没有红绿灯，今年以来已发生3起剐蹭事故。',
  '意见建议：建议市公安局交警支队尽快在该路口增设红绿灯和减速带，上下学时段安排交警值守。',
  '类别：城乡建设',
  '姓名：李明',
  '界别：民盟',
  '联系电话：13812345678',
  '是否同意署名报送：同意',
].join('\n');

describe('liaison chat --jsonl', () => {
  it('takes a multi-line paste as one message, presses the offered button and marks every turn done', async () => {
    const { code, out } = await replay(['--user', 'u1', '--name', '李明'], [
      { text: '我想反映社情民意' },
      { text: PASTE },
      { choice: '确认提交' },
    ]);
    expect(code).toBe(0);
    expect(out.filter((o) => o.done).map((o) => o.in)).toEqual([1, 2, 3]);
    expect(out.at(-1)).toEqual({ done: true, in: 3 });

    // One message, so one preview holding every labelled line, with the buttons to submit.
    const preview = turn(out, 2);
    expect(preview.length).toBeGreaterThan(0);
    const shown = preview.map((o) => o.text).join('\n');
    for (const value of ['关于在城南小学门口增设红绿灯的建议', '800名学生', '增设红绿灯和减速带', '城乡建设', '民盟', '13812345678']) {
      expect(shown).toContain(value);
    }
    const offered = preview.flatMap((o) => o.choices ?? []);
    expect(offered).toContainEqual({ label: '确认提交', value: '确认提交' });
    expect(preview.every((o) => o.to === 'u1')).toBe(true);

    expect(turn(out, 3).map((o) => o.text).join('\n')).toMatch(/编号：SQMY-\d{4}-\d{4}/);
  });

  it('answers a step-by-step dialog until choices appear, then takes a choice by its value', async () => {
    const chat = live(['--user', 'u2', '--name', '王芳']);
    await chat.send({ text: '我想反映社情民意' });
    let last = await chat.send({ text: '阳光小区600多户居民没有一个电动车充电桩，居民只能飞线充电，去年发生过一次起火。' });
    // Keep answering what is asked, reading each turn up to its done marker, until a reply offers buttons.
    const answers = ['建议区住建局在小区空地建设集中充电棚。', '农工党', '13900001111', '王芳'];
    while (!last.some((o) => o.choices?.length) && answers.length > 0) last = await chat.send({ text: answers.shift()! });
    const choice = last.flatMap((o) => o.choices ?? [])[0];
    expect(choice, 'a reply with choices').toBeDefined();

    const pressed = await chat.send({ choice: choice!.value });
    expect(pressed.length).toBeGreaterThan(0);
    expect(pressed.some((o) => o.error)).toBe(false);
    expect(pressed.every((o) => o.to === 'u2')).toBe(true);
    expect(await chat.end()).toBe(0);
  });

  it('reports a bad line as an error object and carries on with the next', async () => {
    const { code, out } = await replay(['--user', 'u3'], [
      '这不是 JSON',
      { hello: '缺少 text' },
      '',
      { choice: '确认提交' },
      { text: '社情民意信息怎么报送？' },
    ]);
    expect(code).toBe(0);
    expect(turn(out, 1)).toEqual([{ error: expect.stringMatching(/^第 1 行不是有效的 JSON 消息/), in: 1 }]);
    expect(turn(out, 2)).toEqual([{ error: expect.stringMatching(/^第 2 行不是有效的 JSON 消息/), in: 2 }]);
    // A blank line is skipped; line numbers still count it.
    expect(out.some((o) => o.in === 3)).toBe(false);
    expect(turn(out, 4)).toEqual([{ error: expect.stringContaining('没有提供选项'), in: 4 }]);
    const answer = turn(out, 5);
    expect(answer.length).toBeGreaterThan(0);
    expect(answer[0]).toMatchObject({ text: expect.any(String), to: 'u3' });
    expect(answer[0]!.error).toBeUndefined();
  });

  it('lets one script play two members, each with their own name', async () => {
    const { out } = await replay(['--user', 'a1', '--name', '张三'], [
      { text: '你好' },
      { text: '你好', user: 'b2', name: '李四' },
      { text: '你好', user: 'b2' },
    ]);
    expect(turn(out, 1).map((o) => o.to)).toContain('a1');
    expect(turn(out, 1)[0]!.text).toContain('张三');
    expect(turn(out, 2)[0]).toMatchObject({ to: 'b2', text: expect.stringContaining('李四') });
    expect(turn(out, 3)[0]).toMatchObject({ to: 'b2', text: expect.stringContaining('李四') });
  });
});
