import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { renderAnswer } from '../src/answering/render.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';

const run = promisify(execFile);
let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});

describe('a member asks a question offline', () => {
  it('builds the index on first start from the shipped knowledge base', () => {
    expect(app.ingest.added.length).toBeGreaterThanOrEqual(8);
    expect(app.ingest.failed).toEqual([]);
    expect(app.kb.cities()).toEqual(expect.arrayContaining(['武汉', '十堰', '许昌', '常熟', '廊坊']));
  });

  it('gets a short answer with its figure and source', async () => {
    const answer = await app.questions.ask('十堰市政协党组向市委请示报告了多少次？');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('16次');
    expect([...answer.text].length).toBeLessThanOrEqual(200);
    expect(answer.citations[0]!.title).toBe('十堰市政协常委会工作报告解读');
    expect(renderAnswer(answer)).toMatch(/来源：\n\[1\] 《十堰市政协常委会工作报告解读》/);
  });

  it('answers from the report that arrived in Traditional Chinese with pinyin', async () => {
    const answer = await app.questions.ask('廊坊市政协一年向市委请示报告了多少次？');
    expect(answer.text).toContain('59次');
    expect(answer.text).not.toMatch(/[會議報協]|\(huì\)/);
    expect(answer.citations[0]!.source).toBe('reports/2023-廊坊市政协常委会工作报告摘要.txt');
  });

  it('accepts a question typed in Traditional Chinese', async () => {
    const answer = await app.questions.ask('廊坊市政協2023年完成提案辦理多少件？');
    expect(answer.text).toContain('282件');
  });

  it('draws a comparison from both cities named', async () => {
    const answer = await app.questions.ask('十堰和常熟哪个立案提案多？');
    expect(answer.text).toContain('206');
    expect(answer.text).toContain('261');
    expect(new Set(answer.citations.slice(0, 2).map((c) => c.source)).size).toBe(2);
  });

  it('gets what was done, not the heading that names it', async () => {
    const answer = await app.questions.ask('十堰政协的主题教育是怎么开展的？');
    expect(answer.text).not.toMatch(/^扎实开展主题教育。/);
    expect(answer.text).toContain('主题教育');
  });

  it('answers a procedural question from the rules', async () => {
    const answer = await app.questions.ask('社情民意信息有哪些类别？');
    expect(answer.text).toContain('民生保障');
    expect(answer.citations[0]!.source).toMatch(/^rules\//);
  });

  it.each([
    ['a year no document covers', '2026年武汉市政协全会什么时候召开？'],
    ['the weather', '明天武汉天气怎么样？'],
    ['a figure the report does not give', '许昌市政协一共有多少名政协委员？'],
    ['a city the knowledge base does not hold', '北京市政协去年立案了多少件提案？'],
    ['a poem', '给我写一首关于春天的诗'],
  ])('is told plainly that the knowledge base has no answer for %s', async (_kind, question) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('知识库中没有找到');
    expect(answer.text).not.toMatch(/\d+(次|件|名)/);
  });
});

describe('the liaison command answers questions', () => {
  const cli = path.resolve('bin/liaison.js');
  const env = () => ({ ...process.env, DATA_DIR: app.config.dataDir, LOG_LEVEL: 'silent' });

  it('prints one JSON object for ask --json', async () => {
    const { stdout } = await run('node', [cli, 'ask', '--json', '常熟政协的书香政协品牌叫什么？'], { env: env() });
    const result = JSON.parse(stdout);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('悦读虞城');
    expect(Object.keys(result.citations[0])).toEqual(['source', 'title', 'section', 'text', 'score']);
  });

  it('answers a file of questions one JSON line each', async () => {
    const file = path.join(app.config.dataDir, 'q.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', q: '许昌政协委员大讲堂办了几期？' })}\n${JSON.stringify({ id: 'b', q: '明天天气怎么样？' })}\n`);
    const { stdout } = await run('node', [cli, 'ask', '--json', '--file', file], { env: env() });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.answered])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(lines[0].citations.some((c: { text: string }) => c.text.includes('6期'))).toBe(true);
  });
});
