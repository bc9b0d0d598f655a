import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { percentsInDigits } from '../src/answering/question-reader.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a percentage said in words', () => {
  it('is written in digits as the reports write it', () => {
    expect(percentsInDigits('大概百分之六十吧')).toBe('大概60%吧');
    expect(percentsInDigits('百分之五十七点零三')).toBe('57.03%');
    expect(percentsInDigits('占百分之几')).toBe('占百分之几');
  });

  it('checks a remembered share against the report', async () => {
    const answer = await app.questions.ask('许昌民生类提案占比是不是百分之六十左右');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('57.37%');
  });
});

describe('examples asked for', () => {
  it('answers with the sentence listing them, not a count', async () => {
    const answer = await app.questions.ask('廊坊的小微协商都办成了啥事 给举几个例子');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('霸州');
  });
});

describe('what to do once the reply deadline has passed', () => {
  it('gives the refusal together with what to do instead', async () => {
    const answer = await app.questions.ask('过了回执截止时间 想把参加换成请假咋办');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('不再接收');
    expect(answer.text).toContain('市政协办公室');
  });
});

describe('a how-to naming one thing a listed command acts on', () => {
  it('answers with the item naming it, read with the list\'s intro', async () => {
    const answer = await app.questions.ask('社情民意草稿里的类别想改一下 怎么改');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('修改 <字段> <内容>');
    expect(answer.text).toContain('类别');
  });
});
