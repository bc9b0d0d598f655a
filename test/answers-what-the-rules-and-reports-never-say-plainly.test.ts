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

const ask = async (question: string) => app.questions.ask(question);

describe('what the knowledge base does not hold', () => {
  it('declines an output value when the report gives only the area planted', async () => {
    expect((await ask('十堰的油橄榄一年的产值大概有多少')).answered).toBe(false);
  });

  it('declines how long a binding code lasts rather than giving how long a draft is kept', async () => {
    expect((await ask('绑定码的有效期是多久')).answered).toBe(false);
  });

  it('reads "这个码" as the binding code the story named', async () => {
    expect((await ask('上周办公室给了我一个绑定码，一直没用。这个码过几天会失效吗？')).answered).toBe(false);
  });

  it('declines sending photos along, which the rules never mention', async () => {
    expect((await ask('社情民意可以附几张照片不 我拍了好多 不知道怎么发给你')).answered).toBe(false);
  });
});

describe('a question told around', () => {
  it('answers the question asked after one taken back', async () => {
    expect((await ask('本来想问特邀监督去了哪些单位，算了不问了，就问十堰参加特邀监督的省政协委员有多少人')).text).toContain('110多人');
  });

  it('reads a deadline only remembered since as past', async () => {
    expect((await ask('回执截止是前天 我刚想起来 现在回请假还行不')).text).toContain('不再接收');
  });

  it('asks of the story when the asking sentence names nothing', async () => {
    expect((await ask('我换了手机号，以前就是用旧号后四位绑的。现在要不要重新弄？找谁？')).text).toContain('联系市政协办公室办理');
  });
});
