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

const answers = (question: string, fact: string) =>
  it(question, async () => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });

describe('who sees what a member sends', () => {
  answers('选了不署名 转给部门的时候会不会把我电话也给人家 我怕被找上门', '不对外公开');
  answers('同意署名的话 我手机号会不会也印到上报的材料里', '不对外公开');
  answers('别的委员能看到我请假写的原因不？有点私事不想让人知道', '不能查看其他委员');
  answers('我们界别召集人说想看看大家都报了些啥，他能在小助手里看到我报的社情民意吗？', '不能查看其他委员提交的社情民意信息');
  answers('在大群里@你说要反映问题，我写的内容别的委员能不能看到啊？有点不好意思', '不会在群里显示');
});
