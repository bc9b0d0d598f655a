import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { chinaDate } from '../src/answering/curated-answers.ts';
import { renderAnswer } from '../src/answering/render.ts';
import type { Config } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { liaison } from './support/cli.ts';
import { testConfig } from './support/test-app.ts';

const HOW_TO_WRITE = '提案应当一事一案，写明案由、情况分析和具体建议，格式见市政协提案工作条例。';
let config: Config;
let app: App;

beforeAll(async () => {
  config = testConfig();
  app = await createApp(config, silentLogger());
});

afterAll(() => app.close());

interface Group {
  count: number;
  question: string;
  phrasings: string[];
  outcomes: Record<string, number>;
}

async function groups(args: string[]): Promise<Group[]> {
  const { code, stdout, stderr } = await liaison(config.dataDir, ['questions', ...args, '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Group);
}

describe('staff see what members asked and the bot could not answer', () => {
  it('logs every question with its outcome and lists the declined ones grouped by similarity', async () => {
    const li = new ChatDriver(() => app, 'cur-li', '李明');
    const wang = new ChatDriver(() => app, 'cur-wang', '王芳');
    await li.say('提案怎么写');
    await wang.say('提案应该怎么写？');
    await li.say('请问提案怎么写呀');
    await wang.say('怎么当上政协委员');
    await li.say('十堰政协一共有多少个委员');
    expect(await li.say('十堰市政协党组向市委请示报告了多少次？')).toContain('16次');

    const declined = await groups(['--declined']);
    expect(declined[0]).toMatchObject({ count: 3, outcomes: { declined: 3 } });
    expect(declined[0]!.question).toMatch(/提案.*怎么写/u);
    expect(declined[0]!.phrasings).toHaveLength(2);
    expect(declined.map((g) => g.count)).toEqual([3, 1, 1]);
    expect(declined.some((g) => g.question.includes('请示报告'))).toBe(false);

    const all = await groups([]);
    expect(all.reduce((n, g) => n + g.count, 0)).toBe(6);
    expect(all.find((g) => g.question.includes('请示报告'))!.outcomes).toEqual({ answered: 1 });
  });

  it('prints the listing for people, largest group first', async () => {
    const { stdout } = await liaison(config.dataDir, ['questions', '--declined']);
    expect(stdout).toMatch(/共 5 次，相近的问法归为 3 组/u);
    expect(stdout).toMatch(/^\s+3 次\s+\S*提案/mu);
    expect(stdout).toContain('liaison answers add');
  });
});

describe('staff-curated answers', () => {
  it('answers the same or a near question with the staff answer, cited as 工作人员答复 with its date', async () => {
    const added = await liaison(config.dataDir, ['answers', 'add', '--question', '提案怎么写？', '--answer', HOW_TO_WRITE, '--by', '王秘书']);
    expect(added.stdout).toContain('已添加第 1 条工作人员答复');

    for (const question of ['提案怎么写', '提案应该怎么写？', '小助手，请问提案怎么写']) {
      const answer = await app.questions.ask(question);
      expect(answer.via).toBe('curated');
      expect(answer.text).toContain(HOW_TO_WRITE);
      expect(answer.citations[0]).toMatchObject({ title: '工作人员答复', section: chinaDate(new Date()) });
      expect(renderAnswer(answer)).toContain(`[1] 工作人员答复（${chinaDate(new Date())}）`);
    }
  });

  it('does not give it for a different question', async () => {
    for (const question of ['社情民意怎么写', '提案有哪些类别', '十堰市政协立案了多少件提案？']) {
      expect((await app.questions.ask(question)).via).not.toBe('curated');
    }
  });

  it('keeps places and years apart', async () => {
    await liaison(config.dataDir, ['answers', 'add', '十堰政协一共有多少名委员？', '十堰市政协第六届委员会共有委员 300 名（工作人员据换届名单答复）。']);
    expect((await app.questions.ask('十堰政协一共有多少个委员')).via).toBe('curated');
    expect((await app.questions.ask('武汉政协一共有多少个委员')).via).not.toBe('curated');
  });

  it('records that a staff answer was given', async () => {
    const member = new ChatDriver(() => app, 'cur-zhao', '赵六');
    expect(await member.say('提案咋写')).toContain('工作人员答复');
    const all = await groups([]);
    expect(all.find((g) => g.question === '提案咋写' || g.phrasings.includes('提案咋写'))!.outcomes.curated).toBe(1);
  });

  it('keeps the answers through a forced re-ingest of the knowledge base', async () => {
    const ingest = await liaison(config.dataDir, ['ingest', '--force']);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain('全量重建');
    const restarted = await createApp(config, silentLogger());
    try {
      const answer = await restarted.questions.ask('提案应该怎么写？');
      expect(answer.via).toBe('curated');
      expect(answer.text).toContain(HOW_TO_WRITE);
    } finally {
      restarted.close();
    }
  });

  it('lists and removes answers', async () => {
    const listed = await liaison(config.dataDir, ['answers', 'list', '--json']);
    const rows = listed.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.id, r.createdBy])).toEqual([
      [1, '王秘书'],
      [2, null],
    ]);
    const text = await liaison(config.dataDir, ['answers', 'list']);
    expect(text.stdout).toContain('第 1 条');
    expect(text.stdout).toContain(`问：提案怎么写？`);

    expect((await liaison(config.dataDir, ['answers', 'remove', '1'])).stdout).toContain('已删除第 1 条');
    expect((await app.questions.ask('提案怎么写')).via).toBe('declined');
    const again = await liaison(config.dataDir, ['answers', 'remove', '1']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('没有第 1 条');
  });

  it('explains itself when the answer is missing', async () => {
    const { code, stderr } = await liaison(config.dataDir, ['answers', 'add', '--question', '提案怎么写']);
    expect(code).toBe(2);
    expect(stderr).toContain('请同时给出问题和答复');
  });
});
