import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { spellOutYears } from '../src/answering/question-reader.ts';
import { parseChinaDate } from '../src/china-time.ts';
import { silentLogger } from '../src/log.ts';
import { copyOfKnowledge, testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;
const EARLY_2025 = parseChinaDate('2025-03-01')!;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('colloquial questions', () => {
  it.each([
    ['address, filler and 几回 for 次', '小助手，十堰那边政协党组一年向市委汇报请示了几回？', '16次'],
    ['发大水 for the flood, 钱物 for 款物', '廊坊发大水那年政协系统一共捐了多少钱物', '2642万元'],
    ['洪灾 for the flood as well', '廊坊闹洪灾那年政协系统捐了多少钱物', '2642万元'],
    ['a count asked in office style, 件数', '常熟市政协2024年度立案提案件数', '261件'],
    ['几成 for a percentage', '武汉那边民主党派工商联在大会上发言的占几成', '70%'],
    ['写多长, 比较合适', '一篇社情民意写多长比较合适', '300 至 1000 字'],
    ['不想署名, 名字, 报上去', '我不想署名的话他们会把我名字报上去吗', '隐去反映人姓名'],
    ['牌子 for 品牌, 啥 for 什么', '常熟的书香政协牌子叫啥', '悦读虞城'],
    ['交上去, 多久', '社情民意交上去以后多久能受理', '5 个工作日'],
    ['啥时候 answered by a time before the deadline', '回执的提醒啥时候发', '24 小时'],
    ['a kind of meeting counted, not the topic before it', '武汉政协为量子科技产业开了几次推进会', '四次'],
    ['叫啥名字 asking the name of a thing, 讲吃的 for 美食', '武汉政协出版的讲吃的那本书叫啥名字', '品读武汉美食'],
    ['哪一天 answered by a day, 工作汇报 for 工作报告', '廊坊的常委会工作汇报是哪一天作的', '1月27日'],
    ['绑起来 for 绑定', '我的微信咋和委员名册绑起来', '手机号后四位'],
    ['办到哪一步 for 办理状态', '社情民意报上去以后怎么查办到哪一步了', '我的社情民意'],
    ['下礼拜 and 来不了 as background to a how-to', '下个礼拜的会我来不了，咋请假', '原因'],
    ['two counts asked in one breath keep both figures', '十堰新型电池产业那次调研然后走访了几家企业，写了几篇调研报告', '17篇'],
    ['办了多少件 answered by the figure of 办理, not of 督办件', '廊坊23年提案办了多少件', '282件'],
    ['牵头 for 以……为主体', '十堰建区域医疗中心 市人民医院那边牵头建啥中心', '生殖医学中心'],
    ['the clause that asks weighs more than the scene before it', '武汉政协跟纪检监察贯通那块，统筹搞的专项民主监督是监督啥的', '河湖长制和林长制'],
    ['two counts, not the session numbers (七届六次全会) before them', '廊坊政协23年组织协商议政开了几回会 视察考察搞了几次', '视察考察8次'],
    ['还算数 for 继续有效', '会议改时间了我之前回的参加还算数不', '继续有效'],
    ['咋问你问题你才回 for how to ask in a group', '在群里咋问你问题你才回', '@履职助手'],
    ['two cities, each asked about its own count', '廊坊的小微协商和常熟带着委员参加的基层协商议事活动，各搞了多少回', '130余场'],
    ['two cities, each its own meeting counted', '武汉政协党组会开了几次，许昌党组中心组学习加专题学习搞了几次', '21次'],
    ['a person named right after a title jieba does not know', '武当太极大会那会儿十堰政协帮着请来的是哪位全国政协副主席', '苏辉'],
    ['who delivered a report, from its byline', '常熟政协十五届四次会议上作常委会工作报告的是谁啊', '沈晓东'],
    ['谁讲的, from a byline written with a space', '廊坊那个报告是谁讲的', '李 波'],
    ['a declared word jieba glues to the word before (政协党组|会)', '武汉政协党组会全年开了多少次', '26次'],
    ['the measured word written after 的 (民生类的占比)', '许昌立案提案里民生类的占比是多少', '57.37%'],
    ['two cities, each its own act (立案, 办完)', '许昌立案的提案和廊坊办完的提案分别多少件', '282件'],
    ['two counts, each of its own act (批示, 报道)', '常熟市委主要领导批示了多少次 国家级媒体报道了多少次', '11次'],
    ['two counts far apart in one sentence, without the titles between', '十堰政协编发的各界反映有几期 老旧小区新加装电梯几部', '67部'],
    ['还能…不: the rule saying no, then what to do instead', '回执截止以后还能改回复不', '市政协办公室'],
    ['用小助手 as using the assistant, not addressing it', '委员可不可以用小助手发会议通知', '经授权'],
    ['a how-to clause ended by a space', '会我去不了 咋请假 只回请假两个字可以吗', '请假原因'],
    ['an example given with the rule it illustrates', '回执我先报了参加又改成请假，以哪个为准', '新的回执替换原来的回执'],
    ['a rule provision split by "；" kept whole', '会议改了地点 原来的回执还算数不 我要是去不了怎么办', '继续有效；因变更不能参会'],
    ['a body named like a place (汉江流域城市政协), not a city the knowledge base lacks', '十堰政协去参加的汉江流域城市政协联系协作会是第几次会议', '第十四次'],
    ['哪些市政协 asking which, not naming a place', '哪些市政协来十堰调研交流过', '黄山、徐州'],
    ['a time and a yes-or-no asked in one breath', '回执提醒截止前多久发 回过了的还会收到吗', '不会收到回执提醒'],
    ['a count the member half remembers (好像是几个城市), not asks', '常熟牵头的那个书画联展叫什么 好像是几个城市一起办的', '长三角五城书画作品联展'],
    ['a task the member is busy with (在写年终总结), not a request to write', '我在写年终总结 想知道十堰政协组织党派团体参与重点调研协商活动多少次', '25次'],
    ['a count right before 啥 names what is asked (十大啥)', '武汉政协评的十大啥来着', '十大名菜'],
    ['几号 of a serial number asks which number, not which day', '社情民意的编号是怎么编的 每年从几号开始', '0001'],
    ['after the deadline, not the rule for before it', '截止时间过了我突然有事 还能在小助手里请假不', '市政协办公室'],
    ['an act in a clause asking who (哪位书记批示的), not what the count counts', '那份商贸物流的调研报告 哪位书记批示的 划了几处重点', '17处'],
    ['one of two cities the member is unsure of, named in the answer', '我记得是常熟还是许昌 哪个政协是全国书香政协联盟的共建单位', '常熟：'],
    ['when a report was given, from its dated byline', '廊坊政协常委会工作报告是什么时候在全会上做的', '1月27日'],
    ['zx for 政协, 求科普 as filler', '十堰zx党组一年向市委请示报告了几次 求科普', '16次'],
    ['不理我 in a group: ask with @', '在群里问履职助手 它不理我咋办', '@履职助手'],
    ['a voice pause run on after the count (几回啊就是…)', '十堰那边政协党组一年给市委请示报告了几回啊就是23年那个报告里说的', '16次'],
    ['what may not be sent at all (不能当社情民意报)', '哪些东西不能当社情民意报', '国家秘密'],
    ['several matters 一起交上去, with a worry said after', '我一篇里写了停车难、路灯不亮、垃圾站臭三个事 一起交上去行不行 会不会被退回来', '分篇报送'],
    ['a list of paragraphs led by the words its intro quotes', '常熟报告最后讲新一年要做到四个深刻把握 都有哪几项啊', '深刻把握人民政协的重要政治责任'],
    ['一共分几个类别, answered by the list', '社情民意一共分几个类别？', '分为以下八类'],
    ['可以选几个类别 still asks how many one may choose', '一篇社情民意可以选几个类别', '选择一项'],
    ['一个星期之内 asks how long it takes', '交上去的社情民意一个星期之内会有人受理吗？', '5 个工作日'],
    ['提前一天提醒 is reminding early, not the meeting moved', '开会回执截止前，小助手会提前一天提醒我吗？我老忘事', '24 小时'],
    ['legal questions put to the bot', '小助手 你能不能回答法律方面的问题 比如我们村土地承包纠纷的事', '不提供法律咨询意见'],
    ['a figure remembered, to be checked (我印象里是…帮我核一下)', '十堰那边政协党组给市委请示报告 我印象里是60次 是不是我记岔了 帮我核一下', '16次'],
    ['two years each asked, the one the reports cover answered', '十堰委员读书活动23年组织了几次 24年又搞了几次', '12次'],
    ['社情名义 by voice, and "报告里头有个数" run on after the ask', '十堰那边委员一年写了多少篇社情名义信息啊我记得报告里头有个数', '66篇'],
    ['民声类 heard for 民生类', '武汉政协办理的民声类提案有多少件', '253件'],
    ['a person or a machine (工作人员还是个机器人)', '你到底是办公室的工作人员还是个机器人哦', '聊天机器人'],
    ['legal advice asked with 帮着', '小助手，我亲戚有个劳动纠纷，能不能帮着出个法律意见？', '不提供法律咨询意见'],
    ['the report named by its session and speaker', '廊坊八届四次会议上李波作的那个报告，全年向市委请示报告多少次？', '59次'],
    ['the report named by its session, a space before the ask', '常熟十五届四次会议的报告 提案立案几件', '261件'],
    ['the session named, asked who gave the report', '常熟十五届四次会议的报告是谁作的', '沈晓东'],
    ['a figure reached, asked in 湖北话 (突破好多亩了撒)', '我屋里是种地的 农民代表 听说十堰那边油橄榄种得蛮多 种植面积突破好多亩了撒', '10万亩'],
    ['gzh for 公众号, and what the member wants it for', '武汉政协gzh一年推了多少篇文章啊 我们单位也想学学怎么运营', '1460余篇'],
    ['a remembered figure, then what it is for (座谈会要引用)', '我印象里十堰2023年提案立案是260件左右？明天座谈会要引用，帮忙核实下准不准', '206件'],
    ['a city\'s count, then 介个数儿我写材料要用 in 河北话', '廊坊那边儿23年政协跟市委请示报告了多少回啊 介个数儿我写材料要用 麻烦给句准话', '59次'],
    ['the member\'s scene run on into a city\'s count, no pause', '我们小区老人多上下楼难想反映加装电梯的事先看看别人的做法十堰那边二零二三年老旧小区新加装电梯装了多少部', '67部'],
  ])('understands %s', async (_what, question, fact) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain(fact);
  });

  it.each([
    ['the weather', '明天武汉天气怎么样？'],
    ['the news lately', '最近有什么国际新闻？'],
    ['a poem', '帮我写一首赞美人民政协的七言诗。'],
    ['a speech to write', '帮我写个发言稿'],
    ['a recitation on a long-named occasion', '帮我写一段纪念人民政协成立七十五周年暨本会换届的朗诵词'],
    ['a headcount the reports never give', '十堰政协一共有多少个委员'],
    ['a person the reports never name', '武汉政协主席叫什么名字'],
    ['a headcount asked after its noun', '武汉政协委员总共有多少人'],
    ['a headcount asked in 北方话 (多少号人), not answered by visits (人次)', '武汉政协委员一共有多少号人'],
    ['a count of a year no report covers, compared with one that is', '廊坊前年小微协商搞了多少次，跟23年比咋样'],
    ['a city the knowledge base lacks, named without 市', '上海政协一共开了几回双月协商会'],
    ['a count of another act in the same sentence (转送, not 采用)', '常熟被全国政协采用的社情民意有几篇'],
    ['the speaker of a report that carries no byline', '武汉政协常委会工作报告是谁做的'],
    ['the holder of a title in the city, not of another body (台盟中央主席)', '十堰政协主席叫什么'],
    ['a declared word, not its part (党组 of 党组会)', '常熟政协党组会一年开了多少回'],
    ['a weight in 吨 no sentence gives', '十堰那个华润怡宝项目一年能产多少吨'],
    ['a budget, which a sentence naming 预算 without an amount does not give', '常熟政协机关2024年经费预算是多少'],
    ['which member gave most, which no sentence names', '廊坊政协2023年哪个委员捐款最多'],
    ['a proposal to write for the member', '帮我起草一份关于停车难的提案'],
    ['a count whose figure counts something else named far before it (企业……问题80多个)', '常熟政协协调解决了多少家企业的问题'],
  ])('still declines %s: a thing the knowledge base never names sinks the question', async (_what, question) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('知识库中没有找到');
  });

  it('lets staff add colloquial words in knowledge/colloquial.txt', async () => {
    const knowledge = copyOfKnowledge();
    appendFileSync(path.join(knowledge, 'colloquial.txt'), '\n拉家常会 唠嗑会 = 小微协商\n');
    const local = await createApp(testConfig({ KNOWLEDGE_DIR: knowledge }), silentLogger());
    try {
      const answer = await local.questions.ask('廊坊政协2023年开了多少次唠嗑会？');
      expect(answer.text).toContain('96次');
    } finally {
      local.close();
    }
  });
});

describe('how-to questions get a how-to or nothing', () => {
  it.each(['提案怎么写', '提案应该怎么写？', '提案怎么交', '怎么当上政协委员'])('"%s" is declined, never answered with a statistic', async (question) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/\d+(?:件|篇|次)/u);
  });

  it('answers a how-to the rules cover, from the rules', async () => {
    const answer = await app.questions.ask('社情民意信息怎么报送？');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]!.source).toMatch(/^rules\//u);
    expect(answer.text).toContain('我想反映社情民意');
  });

  it('answers how a committee did something from its report', async () => {
    const answer = await app.questions.ask('十堰政协的主题教育是怎么开展的？');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('主题教育');
  });

  it('answers what to do after the deadline with the step, not the rule before it', async () => {
    const answer = await app.questions.ask('回执截止时间过了，我还想请假怎么办？');
    expect(answer.text).toContain('市政协办公室');
  });
});

describe('years as people say them', () => {
  it.each([
    ['十堰24年的提案立案数', '十堰2024年的提案立案数'],
    ['武汉去年开了几次党组会', '武汉2025年开了几次党组会'],
    ['许昌前年收了多少篇', '许昌2024年收了多少篇'],
    ['廊坊大前年捐了多少', '廊坊2023年捐了多少'],
    ['常熟今年的全会', '常熟2026年的全会'],
    ['二〇二四年的提案', '2024年的提案'],
    ['二三年的提案', '2023年的提案'],
    ['近10年来', '近10年来'],
    ['成立70年', '成立70年'],
    ['3年来', '3年来'],
    ['一二年级学生', '一二年级学生'],
  ])('"%s" reads as "%s" in 2026', (said, read) => {
    expect(spellOutYears(said, 2026)).toBe(read);
  });

  it('never gives the 2023 figure for "24年": the 十堰 report covers 2023', async () => {
    const answer = await app.questions.ask('十堰24年的提案立案数是多少');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('十堰市政协2024年');
    expect(answer.text).toContain('2023年的工作报告');
    expect(answer.text).not.toContain('206');
  });

  it('answers "24年" where a report covers 2024', async () => {
    const answer = await app.questions.ask('常熟政协24年立案提案多少件');
    expect(answer.text).toContain('261件');
  });

  it('answers "24年" from the report on 2023 when the sentence stands under its 2024年工作安排 heading', async () => {
    const answer = await app.questions.ask('廊坊政协24年工作安排里说要结合全市多少项民生实事、多少项民生工程');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('10项民生实事、21项民生工程');
  });

  it('reads "去年" against the day asked', async () => {
    const lateAnswer = await app.questions.ask('武汉市政协去年党组会议开了几次', { at: LATE_2026 });
    expect(lateAnswer.answered).toBe(false);
    expect(lateAnswer.text).toContain('2025年');
    expect(lateAnswer.text).not.toContain('26次');
    const earlyAnswer = await app.questions.ask('武汉市政协去年党组会议开了几次', { at: EARLY_2025 });
    expect(earlyAnswer.text).toContain('26次');
  });

  it.each([
    ['大前年', '廊坊市政协大前年完成提案办理多少件', '282件'],
    ['前年', '武汉政协那边《政协论坛》节目前年播了多少期', '52期'],
  ])('reads "%s" against today (2026)', async (_word, question, fact) => {
    const answer = await app.questions.ask(question);
    expect(answer.text).toContain(fact);
  });

  it.each(['常熟市政协今年全体会议是哪天召开的', '许昌政协委员大讲堂去年一共举办几期', '十堰政协前年提案立了多少件'])('declines "%s": no report covers that year', async (question) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/\d+(?:件|期|次)/u);
  });
});
