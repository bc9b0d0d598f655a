import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { caseToldBeforeTheAsk } from '../src/answering/told-case.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a member who tells their story, then asks what they may do', () => {
  it('is answered by the provision for the ask, however many of the story\'s words no rule says', async () => {
    const answer = await app.questions.ask('我家楼下烧烤摊天天开到半夜，油烟大，还占了人行道，我想一次都写进去报一篇社情民意可以吗');
    expect(answer.text).toContain('一事一报');
  });

  it('prefers the provision that speaks of the story to one that only matches the ask', async () => {
    const answer = await app.questions.ask('我上班路上看到学校门口一个井盖松了挺危险的，社情民意已经在助手里交了，还需要做点别的吗');
    expect(answer.text).toContain('电话告知市政协办公室');
  });

  it('hears the urgency in 急急急 and water seeping through a bank, asked in dialect', async () => {
    const answer = await app.questions.ask('急急急 村口那段河堤在渗水 我已经在小助手里报了 还要做啥子不');
    expect(answer.text).toContain('电话告知市政协办公室');
  });

  it('still asks the case when it is told in the rules\' few words', async () => {
    const answer = await app.questions.ask('回执截止时间已经过了 我又临时去不成了怎么办');
    expect(answer.text).toContain('联系市政协办公室');
  });

  it('declines rather than answer the ask with a provision that says nothing of the story', async () => {
    const answer = await app.questions.ask('我表弟跟单位有个劳动纠纷官司打了两年没结果，我想以委员身份把这个当社情民意报上去可以吗');
    expect(answer.text).not.toContain('预览');
  });
});

describe('where the story ends and the ask begins', () => {
  it('splits at the last pause before an ask that says what it is about', () => {
    expect(caseToldBeforeTheAsk('我们小区停车难物业还乱收费，我想一篇都写进去行不行')).toEqual({ told: '我们小区停车难物业还乱收费，', ask: '我想一篇都写进去行不行' });
  });

  it('keeps a short ask with the clause it leans on', () => {
    expect(caseToldBeforeTheAsk('我写好了一篇关于养老的提案，想直接发给助手帮我交上去，这样行吗')?.ask).toBe('想直接发给助手帮我交上去，这样行吗');
  });

  it('finds no story in a plain question or a lead-in', () => {
    expect(caseToldBeforeTheAsk('十堰政协立案了多少件提案')).toBeUndefined();
    expect(caseToldBeforeTheAsk('请问，一篇写几个问题行不行')).toBeUndefined();
  });
});

describe('a member\'s several matters, listed', () => {
  it('are several matters to the rules, whatever they are', async () => {
    const answer = await app.questions.ask('我打算把菜市场占道、夜市噪音和公厕太少三件事放在一篇里报，可以不');
    expect(answer.text).toContain('一事一报');
  });
});

describe('a how-to after the member\'s story', () => {
  it('is answered by the steps, the story aside', async () => {
    const answer = await app.questions.ask('我前几天下乡看到村里的自来水管老是爆，村民用水很不方便，想反映上去，这个社情民意在助手里怎么开始填');
    expect(answer.text).toContain('我想反映社情民意');
  });
});

describe('asks of other shapes after the story', () => {
  it('reads "会不会…", "还能…么" and "能…不" as what the member may or should do', async () => {
    const { caseToldBeforeTheAsk: split } = await import('../src/answering/told-case.ts');
    expect(split('我昨天在群里回了个参加，后来单位临时派我出差，现在还能把回执改成请假么')?.ask).toBe('现在还能把回执改成请假么');
    expect(split('反映的是我们行业的主管部门，不署名的话会不会出现我名字')?.ask).toBe('不署名的话会不会出现我名字');
    expect(split('我在机关办公室上班不是委员，这个助手我能报社情民意不')?.ask).toBe('这个助手我能报社情民意不');
  });
});

describe('when it happened to the member', () => {
  it('picks no provision: a question of the rules is answered whatever day the member names', async () => {
    const answer = await app.questions.ask('我今天早上回了请假，回执昨天晚上就截止了，还算不算');
    expect(answer.text).toContain('不再接收');
  });
});

describe('a member\'s matters counted, then listed', () => {
  it('are several matters to the rules', async () => {
    const answer = await app.questions.ask('我有两件事要反映，一个是公交站台太远还有夜市油烟，能合到一篇里头吗');
    expect(answer.text).toContain('一事一报');
  });

  it('are several matters however the member asks whether they may', async () => {
    expect((await app.questions.ask('厂区门口积水严重 路灯也不亮 两件事放一篇头写要得不')).text).toContain('一事一报');
    expect((await app.questions.ask('楼道堆满杂物 消防通道也被占 还有门禁坏了 想一起写成一条报上去 可以么')).text).toContain('一事一报');
  });
});

describe('what the rules say', () => {
  it('is found whatever the case of its letters, as the tokenizer lowers them', () => {
    expect(app.kb.rulesSay('telegram')).toBe(true);
    expect(app.kb.rulesSay('Telegram')).toBe(true);
  });
});

describe('这两天 in the member\'s story', () => {
  it('is the member\'s few days, not a year to look for', async () => {
    const answer = await app.questions.ask('我回了参加，这两天单位安排我去外地，能改成请假不？');
    expect(answer.text).not.toContain('2026年');
    expect(answer.answered).toBe(true);
  });
});
