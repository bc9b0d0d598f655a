import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { completeFollowUp } from '../src/answering/follow-up.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

// Early March 2025 in China: "去年" is 2024, the work year of the 武汉, 许昌 and 常熟 reports.
let now = new Date('2025-03-01T02:00:00Z');
let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => now });
});

afterAll(() => app.close());

const tick = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

/** A scripted conversation: each follow-up is read against the question just before it. */
const PAIRS: Array<{ first: string; firstHas: RegExp; then: string; understood: RegExp; thenHas: RegExp | 'declined' }> = [
  { first: '十堰市政协党组向市委请示报告了多少次？', firstHas: /16次/, then: '那廊坊呢？', understood: /廊坊.*请示报告.*多少次/, thenHas: /59次/ },
  { first: '廊坊市政协一年向市委请示报告了多少次？', firstHas: /59次/, then: '那十堰的呢？', understood: /十堰.*请示报告/, thenHas: /16次/ },
  { first: '廊坊市政协一年向市委请示报告了多少次？', firstHas: /59次/, then: '具体有哪些？', understood: /廊坊.*请示报告.*哪些/, thenHas: /重大事项及时请示/ },
  { first: '常熟市政协2024年立案提案多少件？', firstHas: /261件/, then: '许昌呢？', understood: /许昌.*2024年.*立案提案/, thenHas: /319件/ },
  { first: '廊坊政协2023年开展了多少次小微协商？', firstHas: /96次/, then: '2024年呢？', understood: /廊坊.*2024年.*小微协商/, thenHas: 'declined' },
  { first: '许昌市政协去年收到了多少篇社情民意信息？', firstHas: /1021篇/, then: '那前年呢？', understood: /许昌.*2023年.*社情民意/, thenHas: 'declined' },
  { first: '许昌市政协2024年收到了多少篇社情民意信息？', firstHas: /1021篇/, then: '去年呢？', understood: /许昌.*2024年/, thenHas: /1021篇/ },
  { first: '武汉市政协的《政协论坛》电视节目一年做了几期？', firstHas: /52期/, then: '那《议政与建言》呢', understood: /武汉.*议政与建言.*几期/, thenHas: /13期/ },
  { first: '常熟政协的书香政协品牌叫什么？', firstHas: /悦读虞城/, then: '它是哪年开始的', understood: /常熟政协的书香政协品牌是哪年开始的/, thenHas: 'declined' },
  { first: '十堰市政协编发了多少期《各界反映》？', firstHas: /19期/, then: '那武汉呢', understood: /武汉.*各界反映/, thenHas: 'declined' },
  { first: '常熟政协的“同心助企沙龙”搞了多少次？', firstHas: /40余次/, then: '十堰呢', understood: /十堰.*同心助企沙龙/, thenHas: 'declined' },
  { first: '十堰政协主席会议成员一年下了多少次基层？', firstHas: /108次/, then: '那专题调研呢', understood: /十堰专题调研.*多少次/, thenHas: /29次/ },
];

describe('a member asks follow-up questions in one conversation', () => {
  it.each(PAIRS.map((pair, i) => [i + 1, pair.then, pair] as const))('pair %i: "%s" is read against the question before it', async (_n, _then, pair) => {
    const member = new ChatDriver(() => app, `fu-${_n}`, '李明');
    expect(await member.say(pair.first)).toMatch(pair.firstHas);
    tick(1);
    const reply = await member.say(pair.then);
    const understood = /（按“(.+?)”理解）/u.exec(reply)?.[1] ?? '';
    expect(understood).toMatch(pair.understood);
    if (pair.thenHas === 'declined') {
      expect(reply).toContain('知识库中没有找到');
      expect(reply).not.toMatch(/\d+(次|件|篇|期)(?!的)/u);
    } else {
      expect(reply).toMatch(pair.thenHas);
      expect(reply).toContain('来源：');
    }
  });

  it('keeps one conversation per member: another member\'s "那武汉呢" is not read against it', async () => {
    const asker = new ChatDriver(() => app, 'fu-a', '张三');
    const other = new ChatDriver(() => app, 'fu-b', '李四');
    expect(await asker.say('十堰市政协党组向市委请示报告了多少次？')).toContain('16次');
    const reply = await other.say('那武汉呢？');
    expect(reply).not.toContain('理解');
    expect(reply).toContain('知识库中没有找到');
  });

  it('forgets the previous question after ten minutes', async () => {
    const member = new ChatDriver(() => app, 'fu-late', '王五');
    expect(await member.say('十堰市政协党组向市委请示报告了多少次？')).toContain('16次');
    tick(11);
    const reply = await member.say('那廊坊呢？');
    expect(reply).not.toContain('理解');
    expect(reply).not.toContain('59次');
  });

  it('reads a question that stands on its own as it is', async () => {
    const member = new ChatDriver(() => app, 'fu-whole', '赵六');
    await member.say('十堰市政协党组向市委请示报告了多少次？');
    const reply = await member.say('常熟政协的书香政协品牌叫什么？');
    expect(reply).not.toContain('理解');
    expect(reply).toContain('悦读虞城');
  });
});

describe('completing a follow-up', () => {
  const places = ['十堰', '武汉', '廊坊', '常熟', '许昌'];
  it.each([
    ['那武汉呢', '十堰市政协党组向市委请示报告了多少次？', '武汉市政协党组向市委请示报告了多少次？'],
    ['2023年呢', '廊坊政协2024年开展了多少次小微协商？', '廊坊政协2023年开展了多少次小微协商？'],
    ['2023年呢', '廊坊政协开展了多少次小微协商？', '廊坊政协2023年开展了多少次小微协商？'],
    ['武汉2023年的呢', '十堰市政协2024年立案多少件？', '武汉市政协2023年立案多少件？'],
    ['具体有哪些', '十堰市政协党组向市委请示报告了多少次？', '十堰市政协党组向市委请示报告了哪些？'],
    ['分别是什么', '常熟政协有哪些读书品牌？', '常熟政协有哪些读书品牌？'],
    ['它是哪年开始的', '常熟政协的书香政协品牌叫什么？', '常熟政协的书香政协品牌是哪年开始的？'],
    ['多少件？', '常熟政协的集体提案', '常熟政协的集体提案多少件？'],
  ])('"%s" after "%s" is "%s"', (question, previous, expected) => {
    expect(completeFollowUp(question, previous, places)).toBe(expected);
  });

  it.each(['常熟政协的书香政协品牌叫什么？', '社情民意信息怎么报送', '你好'])('"%s" is no follow-up', (question) => {
    expect(completeFollowUp(question, '十堰市政协党组向市委请示报告了多少次？', ['十堰', '武汉'])).toBeNull();
  });
});
