import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { asksAfterACancelledMeeting } from '../src/answering/question-kind.ts';
import { parseQuestionBank } from '../src/retrieval/question-bank.ts';
import { copyOfKnowledge, testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

const apps: App[] = [];
async function appOn(knowledgeDir?: string): Promise<App> {
  const app = await createApp(testConfig(knowledgeDir ? { KNOWLEDGE_DIR: knowledgeDir } : {}), silentLogger(), { now: () => LATE_2026 });
  apps.push(app);
  return app;
}

let shipped: App;
let withoutBank: App;

beforeAll(async () => {
  shipped = await appOn();
  const bare = copyOfKnowledge();
  rmSync(path.join(bare, 'rule-questions.txt'));
  withoutBank = await appOn(bare);
});

afterAll(() => {
  for (const app of apps) app.close();
});

describe('a member asking about the rules in words the rules never use', () => {
  it.each([
    ['我不想署名，匿名报的话我的电话会不会被人看到', '不对外公开'],
    ['小助手推的开会消息跟红头文件一样吗', '便捷方式'],
  ])('"%s" is answered from the rule the office lists it under', async (question, rule) => {
    expect((await shipped.questions.ask(question)).text).toContain(rule);
    // The rules' own words alone do not find it.
    expect((await withoutBank.questions.ask(question)).text).not.toContain(rule);
  });

  it('is not answered from a way of asking that leaves out what the question names', async () => {
    const answer = await shipped.questions.ask('大会发言稿一般写多少字合适');
    expect(answer.answered).toBe(false);
  });

  it('is not answered from a way of asking another kind of question', async () => {
    // "提案能在这里交吗" is a way of asking whether, not how.
    const answer = await shipped.questions.ask('提案怎么交');
    expect(answer.answered).toBe(false);
  });
});

describe('the office adding ways of asking', () => {
  it('takes effect for the knowledge folder it is in', async () => {
    const dir = copyOfKnowledge();
    writeFileSync(path.join(dir, 'rule-questions.txt'), '# 测试\n> 会议取消后，该会议的回执不再统计\n座谈会黄了，我回的参加还算不算\n会黄了还用回复不\n');
    const app = await appOn(dir);
    const answer = await app.questions.ask('那个座谈会听说黄了 我之前回的参加还算不算');
    expect(answer.text).toContain('不再统计');
  });

  it('reads blocks of a piece of a rule and the questions under it, skipping notes and empty blocks', () => {
    const bank = parseQuestionBank('# 注释\n\n> 第一句的一段\n问法一\n问法二\n\n＞ 没有问法的一段\n\n> 第二句的一段\n问法三\n');
    expect(bank.entries).toEqual([
      { anchor: '第一句的一段', asks: ['问法一', '问法二'] },
      { anchor: '第二句的一段', asks: ['问法三'] },
    ]);
  });

  it('reads the block of what the rules leave open apart from the rules', () => {
    const bank = parseQuestionBank('> 第一句的一段\n问法一\n\n> （规程未作规定）\n规程没说的问法\n');
    expect(bank.entries).toEqual([{ anchor: '第一句的一段', asks: ['问法一'] }]);
    expect(bank.unsaid).toEqual(['规程没说的问法']);
  });
});

describe('a question the office lists as one the rules leave open', () => {
  it('is declined rather than answered by the nearest rule', async () => {
    const answer = await shipped.questions.ask('回执截止时间一般定在开会之前几天');
    expect(answer.answered).toBe(false);
    expect(answer.offered ?? []).not.toContain('回执截止离开会还有几天');
  });

  it('still answers the rule its weightiest word names', async () => {
    expect((await shipped.questions.ask('回执的提醒是在截止前多长时间发')).text).toContain('24 小时');
  });

  it('sets aside what the member already knows, said with 除了', async () => {
    const answer = await shipped.questions.ask('回执提醒除了截止前那一次，开会当天早上还会再提醒一遍吗');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toContain('24 小时');
  });

  it('reads the day of the meeting as what is asked, not the member\'s own day', async () => {
    expect((await shipped.questions.ask('开会当天还会提醒吗')).answered).toBe(false);
  });
});

describe('a member asking the bot for legal advice', () => {
  it('is told the bot does not give it, whether asked as a favour or as a question', async () => {
    for (const question of ['邻居占了我家的车位，你帮我看看这合不合法', '小助手你能不能从法律上给我出出主意']) {
      expect((await shipped.questions.ask(question)).text).toContain('不提供法律咨询意见');
    }
  });

  it('is not a member asking whether a lawsuit may be reported', async () => {
    const answer = await shipped.questions.ask('我表哥的劳动仲裁官司还没完，这种事能不能当社情民意报');
    expect(answer.text).not.toContain('不提供法律咨询意见');
  });
});

describe('a member who would send a notice through the bot', () => {
  it('is told only the office sends notices, however they put it', async () => {
    for (const question of ['我是我们小组的召集人，想叫小助手给小组里的委员推个座谈会通知，在哪弄', '能不能借你给我们支部的人群发个学习通知']) {
      expect((await shipped.questions.ask(question)).text).toContain('委员不能通过履职助手发布会议通知');
    }
  });

  it('is not a member who did not get a notice', async () => {
    const answer = await shipped.questions.ask('别的委员都收到开会通知了，我咋没收到');
    expect(answer.text).not.toContain('委员不能通过履职助手发布会议通知');
  });
});

describe('a member quoting the binding command they typed', () => {
  it('is asking about the command, not about their own name and digits', async () => {
    const answer = await shipped.questions.ask('我在大群里打了 绑定 李红梅 5521 是不是不该在群里发');
    expect(answer.text).toContain('请在私聊中进行');
  });
});

describe('a member who would put several matters in one report', () => {
  it('is told one report holds one matter, however the matters are told', async () => {
    const answer = await shipped.questions.ask('楼道堆杂物加上电梯老坏，我想放进一篇里一块儿报，中不中');
    expect(answer.text).toContain('一事一报');
  });

  it('is not a member sending photos with a report', async () => {
    const answer = await shipped.questions.ask('调研时拍的照片能不能跟社情民意一起报');
    expect(answer.text).not.toContain('一事一报');
  });
});

describe('a member whose meeting was called off', () => {
  it('is told the replies no longer count, however the meeting was called off', async () => {
    const answer = await shipped.questions.ask('下周那个座谈会黄了，我前几天回的参加还用撤回不');
    expect(answer.text).toContain('不再统计');
  });

  it('is told so only when the meeting is called off and their reply is asked about', () => {
    expect(asksAfterACancelledMeeting('会议取消了，我回过参加的还算吗')).toBe(true);
    expect(asksAfterACancelledMeeting('回执回错了能取消吗')).toBe(false);
    expect(asksAfterACancelledMeeting('座谈会取消了会另行通知吗')).toBe(false);
  });
});
