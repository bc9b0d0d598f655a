import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

describe('a story sent without a start phrase, offered as a report', () => {
  const story = '我们街上这几轮发的消费券，小饭馆小超市根本用不上，要接指定的支付平台还得交服务费，这两个月生意反倒差了两三成';

  it.each(['要的，帮我报上去', '报吧', '帮忙报一下'])('is taken up with "%s"', async (said) => {
    const chat = new ChatDriver(() => app, `takes-up-${said}`);
    expect(await chat.say(story)).toContain('要把它作为社情民意提交吗');
    const reply = await chat.say(said);
    expect(reply).not.toContain('知识库');
    expect(reply).toMatch(/意见建议|社情民意信息/u);
  });
});

describe('asked whether a matter may be reported, then told', () => {
  it('is offered as a report, the story without the question', async () => {
    const chat = new ChatDriver(() => app, 'asks-then-tells');
    const reply = await chat.say('这种事能当社情民意报不？上个月我们去竹溪县几个村走访，村卫生室只剩一个六十多岁的村医，年轻人没人愿意干，老人拿药要跑十几里山路');
    expect(reply).toContain('要把它作为社情民意提交吗');
    expect(await chat.say('是')).toMatch(/意见建议/u);
  });
});
