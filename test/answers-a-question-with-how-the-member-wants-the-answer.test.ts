import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

const ask = (question: string) => app.questions.ask(question);

describe('how the member wants the answer, said with the question', () => {
  it('a bare figure, an exact one, or its source asks nothing more', async () => {
    expect((await ask('廊坊23年一共向市委请示报告几次 只说个数别的不用')).text).toContain('59次');
    expect((await ask('十堰政协开新型电池专题议政常委会之前 委员走访调研了几家重点企业 给个准数我原样引用')).text).toContain('26家');
    expect((await ask('我下周发言要引用一下廊坊2023年完成提案办理的件数 顺便说下是哪个报告里的')).text).toContain('282件');
  });

  it('what the member will speak of at a meeting only names the city asked about', async () => {
    const answer = await ask('后天要在界别座谈会上讲常熟政协的成果受重视 市委主要领导一年批示政协履职成果几次');
    expect(answer.text).toContain('14次');
  });

  it('talk after a pause, or two figures the member wavers between, is not asked', async () => {
    expect((await ask('廊坊2023年完成提案办理多少件 228还是282 眼神不好看不清')).text).toContain('282件');
    expect((await ask('许昌办的委员大讲堂是6期对不 我们支部要写进总结')).text).toContain('6期');
    expect((await ask('许昌编的政协往事 一共多少字 挺厚一本吧')).text).toContain('27万余字');
    expect((await ask('武汉前年民主党派工商联这些在大会上的发言占发言总人数多少啊 去年的还没出来吧')).text).toContain('70%以上');
  });
});

describe('a count asked against a figure the member names', () => {
  it('is the figure asked, never the member’s own figure given back', async () => {
    const answer = await ask('武汉24年提案总共立案多少件 比民生类的253件多了多少');
    expect(answer.text).not.toContain('253件');
  });
});

describe('a count of what was done, with no thing named', () => {
  it('is answered only by a sentence saying it was done', async () => {
    expect((await ask('武汉政协举办了委员培训 一共培训了多少人次')).answered).toBe(false);
    expect((await ask('十堰把联络站 恳谈会 工作室这些都整合起来了 一共整合了多少个')).text).toContain('1274个');
  });
});

describe('whom to turn to when the rules refuse', () => {
  it('gives the refusal and whom to contact', async () => {
    const answer = await ask('回执截止了我才想起来那天有事 想请假现在找谁');
    expect(answer.text).toContain('市政协办公室');
  });
});
