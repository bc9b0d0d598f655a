import { escapeRegExp } from '../shared/escape-regexp.ts';
import { ASKS_HOW_MANY } from './question-words.ts';

/**
 * What kind of answer a question wants, read from its wording: a count with a measure word
 * ("多少次" wants "26次"), an amount of area, or a time. An answer sentence without such a
 * figure cannot be the answer, which is also how unanswerable questions are told apart.
 */
export interface QuestionShape {
  wantsNumber: boolean;
  /** Measure words a matching figure may carry; empty when any number will do. */
  units: string[];
  wantsTime: boolean;
  /** "哪天", "几号": a day, which a year alone ("2023年") does not give. */
  wantsDay: boolean;
  /** "几月份去的": a month, which a year alone does not give either. */
  wantsMonth: boolean;
  /** "多久", "几个工作日": a span of time. */
  wantsDuration: boolean;
  /** "最长能调到多少天", "一年最多能请几次假": a limit, which a default or a usual figure does not give. */
  asksLimit: boolean;
  /** "排第几": a place in a ranking, which only a sentence stating one gives. */
  wantsRank: boolean;
  /** "有哪些类别", "包括什么": an enumeration. */
  wantsList: boolean;
  /** "怎么报送", "如何请假": steps, so the sentence after the best one is worth keeping. */
  wantsProcedure: boolean;
  /** "截止了还能补不": whether something is allowed; a rule saying no goes on with what to do instead. */
  asksIfAllowed: boolean;
  /** Several things asked at once (各/分别/其中/two question marks): room for two sentences. */
  multiPart: boolean;
  /**
   * A clause asks something other than a count or a time ("…多少场，那个联展叫啥", "提前多久发，
   * 回过了还会收到提醒吗"): its answer needs no figure.
   */
  asksBesidesCount: boolean;
  /** "截止时间过后还能请假吗": the side of a deadline asked about; a rule for the other side does not answer. */
  deadline?: DeadlineSide;
  /** "次数是3次的有哪几项": a figure that picks what is asked about, which the answer must say. */
  namedFigure?: RegExp;
  /** "已编报是啥意思" (read "…表示"): what a word means, which the item defining it says. */
  asksMeaning: boolean;
  /** "后来咋处理的", "结果怎么样": what became of it, told at a long sentence's end. */
  asksOutcome: boolean;
  /** "为啥要…", "什么原因": the reason, told at a long sentence's start. */
  asksWhy: boolean;
}

const UNIT_ALIASES: Record<string, string[]> = {
  名: ['名', '人', '位'],
  人: ['人', '名', '位', '人次'],
  位: ['位', '名', '人'],
  次: ['次', '场', '轮'],
  // "讲堂开了几场": a series held is counted in 期 as often as in 场.
  场: ['场', '次', '期'],
  个: ['个', '家', '项', '处'],
  家: ['家', '个'],
  // "整合了多少处平台": places are counted in 个 as often.
  处: ['处', '个'],
  // ("公众号推了多少篇学习资料": a column pushed is counted in 期 too.)
  篇: ['篇', '条', '件', '份', '期'],
  件: ['件', '项', '个'],
  // Documents: members say 条 or 份 of what the reports count in 篇 ("多少条社情民意" — 66篇).
  条: ['条', '项', '件', '篇'],
  份: ['份', '篇', '件'],
  期: ['期'],
  批: ['批', '期'],
  部: ['部', '台'],
  台: ['台', '部'],
  // "《各界反映》出了几本": an issue of a periodical is a 期.
  本: ['本', '册', '期'],
  项: ['项', '个', '件'],
  // "类别有几种", "分几类": kinds are counted in 类 or 种 alike.
  种: ['种', '类'],
  类: ['类', '种'],
  亩: ['亩', '公顷'],
  元: ['元', '万元', '亿元'],
  钱: ['元', '万元', '亿元'],
  // "产值多少亿", "多少万人次": the scale asked is one the figure must be said in.
  亿: ['亿'],
  万: ['万'],
  面积: ['亩', '公顷', '平方米', '平方公里', '万平方米'],
  成: ['%', '％', '成', '百分之'],
  比例: ['%', '％', '成', '百分之'],
  占比: ['%', '％', '成', '百分之'],
};

/** "几个推进会", "几个座谈会": meetings, which the reports count as held (次, 场). */
const MEETING_AFTER_GE = /^[^，,。？?！!\s]{0,6}?(?:会|会议|论坛|讲座|活动)(?=[吗呢啊呀撒？?。！!，,\s]|$)/u;

/** "可以选几个类别": how many one may choose, not how many there are. */
const CHOSEN = /(?:选|挑|填|勾)(?:上)?$/u;
/** Time units after "几个": "几个工作日内受理" asks how long. */
const SPAN_AFTER_GE = /^(?:工作日|月|小时|钟头|星期|礼拜)/u;

/** "21件重点提案": a count the member says, in its measure word. */
const SAID_COUNT = /[\d一二两三四五六七八九十百千万]+(件|篇|项|名|位|家|场|次|期|部|本|条)/u;

/** "几个能力作风建设标兵": a phrase naming people by what they were chosen as. */
const PEOPLE_NAMED = /^[^，,。？?！!\s]{0,10}?(?:标兵|模范|先进个人|能手|榜样|典型人物|人才)(?=[吗呢啊呀？?。！!，,\s]|$)/u;

const PEOPLE = /^(?:政协|市|区|县)?(?:人|委员|常委|代表|专家|干部|同志|党员|群众|居民|学生|老人|医生|教师|老师|成员|企业家)/u;

export function shapeOf(question: string): QuestionShape {
  // "哪几个报告" asks which ones, not how many.
  question = question.replace(/哪几/gu, '哪些');
  // "我手头有好几个问题", "十几个人": a rough count said, not asked.
  question = question.replace(/[好十]几|几(?=[十百千万])/gu, '若干');
  // "我们几个委员想约个碰头会", "想约几个人碰个头", "前几天报的那篇", "那几年": a few people or days, said, not asked.
  question = question.replace(/(?<=(?:我们|咱们|咱|你们|他们|她们)(?:这)?|(?:想|要|打算|准备)(?!知道|了解|问|查|看|咨询|打听)\p{Script=Han}{1,2})几(?=[个位名])|(?<=前|这|那|最近)几(?=天|个月|年|次|回)/gu, '若干');
  // "好像是长三角几个城市一起弄的": what the member half remembers is said, not asked.
  question = question.replace(/(?:好像|似乎|貌似)是[^，,；;。？?\s]*/gu, (clause) => clause.replace(/几/gu, '若干'));
  // "编号从几号开始排": of a serial number, 几号 asks which number, not which day.
  if (/编号|序号|号码/u.test(question)) question = question.replace(/几号/gu, '多少');
  const units = new Set<string>();
  for (const m of question.matchAll(/(?:多少|几)([\p{Script=Han}])/gu)) {
    // "几个工作日", "多少个月": a span of time (wantsDuration), not a count of things.
    if (m[1] === '个' && SPAN_AFTER_GE.test(question.slice(m.index + m[0].length))) continue;
    // "投了几个亿": an amount in 亿, not a count of things.
    if (m[1] === '个' && question.slice(m.index + m[0].length).startsWith('亿')) {
      for (const u of UNIT_ALIASES['亿']!) units.add(u);
      continue;
    }
    // "多少件" names a measure word; "多少委员" names a noun and any number will do.
    const aliases = UNIT_ALIASES[m[1]!] ?? (MEASURE_WORDS.has(m[1]!) ? [m[1]!] : []);
    for (const u of aliases) units.add(u);
    // "几个常委": people are counted in 名/人/位 in the reports, whatever measure word is asked with.
    if (m[1] === '个' && (PEOPLE.test(question.slice(m.index + m[0].length)) || PEOPLE_NAMED.test(question.slice(m.index + m[0].length)))) for (const u of UNIT_ALIASES['名']!) units.add(u);
    // "分几个类别": kinds are counted in 类 or 种, whatever measure word is asked with ("可以选几个类别"
    // though asks how many one may choose).
    if (m[1] === '个' && /^(?:类别|种类|类型|门类)/u.test(question.slice(m.index + m[0].length)) && !CHOSEN.test(question.slice(0, m.index))) for (const u of UNIT_ALIASES['类']!) units.add(u);
    // "21件重点提案，民生类的有几个": the things counted are the ones the member counted before, in that measure word.
    const before = m[1] === '个' && /^[啊呀呢吧哈？?。！!，,\s]*$/u.test(question.slice(m.index + m[0].length)) ? SAID_COUNT.exec(question.slice(0, m.index)) : null;
    if (before) units.add(before[1]!);
    // "开了几个推进会": meetings held are counted in 次 or 场 in the reports.
    if (m[1] === '个' && MEETING_AFTER_GE.test(question.slice(m.index + m[0].length))) for (const u of UNIT_ALIASES['场']!) units.add(u);
  }
  for (const m of question.matchAll(/多大(面积|比例)|(占比|比例)(?:是|为)?多少/gu)) {
    for (const u of UNIT_ALIASES[m[1] ?? m[2]!] ?? []) units.add(u);
  }
  // "经费预算是多少", "投了多少钱", "一年产值能有多少": an amount of money, which a count of projects does not give.
  if (/多少(?:钱|资金|经费)|(?:钱|资金|经费|预算|投资|金额|款项?|产值|营收|收入|税收|利润|销售额|成交额|交易额|GDP)的?(?:总额|总共|一共|共|是|有|为|了|达到?|能|会|大概|大约|约){0,3}多少(?![\p{Script=Han}])/u.test(question)) for (const u of UNIT_ALIASES['钱']!) units.add(u);
  // "比武汉多还是少", "哪个多": figures compared are figures asked.
  const wantsNumber = /多少|几[^乎]|多大|多长|多高|多远|占比|比例|百分之|多还是少|少还是多|(?:哪个|谁|哪家|哪边)(?:的)?(?:更)?[多少]|更多|更少/.test(question);
  const clauses = askingClauses(question);
  return {
    wantsNumber,
    units: wantsNumber ? [...units] : [],
    wantsTime: /什么时候|何时|哪天|哪一天|几月|几号|什么时间|哪一年|哪年|几点|几时/.test(question),
    wantsDay: /哪天|哪一天|哪日|几号|几月几[日号]/.test(question),
    wantsMonth: /几月|哪个月|哪一个月|哪月/.test(question),
    // "有几种", "多少类": the kinds counted are answered by the list that names them.
    wantsList: /哪些|哪几|有什么|包括什么|包含什么|分为|(?<![选挑填勾])(?:几|多少)个?(?:类|种)/.test(question),
    // ("有没有个期限" asks whether there is one: "以有关部门的办理进度为准" answers it.)
    // ("一个星期之内会有人受理吗": whether within a span asks how long it takes.)
    wantsDuration: /多久|多长时间|几天|几个工作日|(?<!有没有个?|有无|是否有)(?:期限|时限)|(?:一|两|三|几|半)个?(?:星期|礼拜|周|天|月)(?:之内|以内|内)/.test(question),
    // ("草稿最长能给我留多久" though is answered by how long it is kept.)
    asksLimit: /(?:最多|最少|顶多|至多|上限|下限)(?:能|可以|得|要|会)?[^，,。？?！!]{0,6}?(?:多少|几)|(?:最长|最多|最晚|最迟)[^，,。？?！!]{0,4}?(?:调|延|放宽|推)[^，,。？?！!]{0,4}?(?:多少|几|多久|多长)/u.test(question),
    wantsRank: /排(?:在|名)?第几|第几名|排老几|排名(?:多少|怎么样|如何)|名次/u.test(question),
    wantsProcedure: /怎么|怎样|如何|流程|步骤|程序|办法/.test(question),
    // "截止了再回还管用吗": whether it still counts is whether it is still allowed.
    asksIfAllowed: /还能|还可以|能不能|能否|可不可以|行不行|还管用|还有效|还算数|还作数|还来得及/.test(question),
    multiPart: /各自|各是|分别|其中|哪个.*(更|最)|(？|\?).+(？|\?)|(?:多少|几[^乎]|多久|多长时间).+(?:多少|几[^乎]|多久|多长时间)/.test(question) || clauses.length >= 2,
    asksBesidesCount: clauses.length >= 2 && clauses.some((clause) => !FIGURE_ASK.test(clause)),
    deadline: deadlineSide(question),
    namedFigure: namedFigure(question),
    // "…是啥意思？是已经报给市委了吗", "这是啥意思 领导看到了": the meaning is asked, whatever the member guesses after it.
    asksMeaning: /(?:表示|意思|含义|是指|指的是)(?:什么|啥)?[吗呢啊呀哦]*(?:[？?。！!\s，,]|$|(?=\p{Extended_Pictographic}))|指(?:什么|啥)?[吗呢啊呀？?。！!\s]*$/u.test(question),
    asksOutcome: /后来|结果(?:怎么样|如何|咋样)|最后(?:怎么样|咋样|如何)|(?:怎么|咋|如何)处理|有(?:没有)?下文|进展(?:怎么样|如何)/u.test(question),
    asksWhy: /为啥|为什么|为何|什么原因|啥原因|原因是什么/u.test(question),
  };
}

/** "刚好是3次的", "为10篇的": the figure as a condition on what is asked about. */
function namedFigure(question: string): RegExp | undefined {
  const named = /(?:是|为|等于)(\d+)\s*([次件篇期场个项名人家本])的/u.exec(question);
  return named ? new RegExp(`(?<![\\d.])${named[1]}\\s*${named[2]}`, 'u') : undefined;
}

export type DeadlineSide = 'before' | 'after';

/** Which side of a deadline the text speaks of ("截止时间过后", "截止前 24 小时"), if only one. */
export function deadlineSide(text: string): DeadlineSide | undefined {
  // "截止时间已经过了", "早就截止了": the member's case is past the deadline, however said.
  const after = /截止(?:时间|日期)?(?:已经|早就|早已|早|都)?(?:过后|以后|之后|后|过了)|(?:已经|早就|早已|已)截止/u.test(text);
  const before = /截止(?:时间|日期)?(?:之前|以前|前)/u.test(text);
  if (after === before) return undefined;
  return after ? 'after' : 'before';
}

/** "周一回了参加…能不能改成请假": a provision for after the deadline, to a member who says nothing of it. */
export function pastTheDeadlineUnsaid(sentence: string, asked: DeadlineSide | undefined, question: string): boolean {
  return !asked && !/截止|过期|逾期|晚了|超时/u.test(question) && deadlineSide(sentence) === 'after';
}

/** Two clauses each asking a count ("社情民意多少篇，《各界反映》几期"). */
export function asksTwoCounts(question: string): boolean {
  return question.split(/[，,；;。？?\s]+/u).filter((clause) => ASKS_HOW_MANY.test(clause)).length >= 2;
}

const FIGURE_ASK = /多少|几[^乎]|多久|多长时间|什么时候|何时|哪天|哪一天/u;

/**
 * "书画展办了多少场，那个联展叫啥", "提醒提前多久发 已经回过了还会收到提醒吗": the clauses that
 * hold a question of their own.
 */
export function askingClauses(question: string): string[] {
  return question.split(/[，,；;。\s]+/u).filter((clause) => /多少|几[^乎]|什么|啥|哪|谁|多久|多长时间|怎么|如何|吗$/u.test(clause));
}

/** Measure words after 多少/几: "多少瓶水" is answered only by a figure in 瓶, never by any other number. */
const MEASURE_WORDS = new Set([...'名人位次场轮个家项处篇条件份期亩元%％成类种批户所座支部套本吨米辆台株棵头只张册栋间瓶罐箱袋盒桶斤架艘颗双幢'].concat(['人次', '公顷', '万元', '亿元', '平方米', '平方公里', '万平方米', '百分之']));

/** A figure in the sentence carrying one of the units, or any number when no unit is asked for. */
export function hasFigure(sentence: string, units: string[]): boolean {
  const counted = withoutSessionNumbers(sentence);
  if (units.length === 0) return /\d|[一二三四五六七八九十百千万]+(?=[\p{Script=Han}])/u.test(counted);
  return units.some((unit) => new RegExp(`(?:\\d|[一二两三四五六七八九十百千万])[余多]?\\s*${escapeRegExp(unit)}`, 'u').test(counted));
}

/**
 * "市委七届六次、七次全会", "十四届一次会议": which session, not how many times; nor is the
 * number of a rule's article ("第十五条 一篇社情民意信息应当包含…") a count of 条, nor "一次性"
 * (for one use only) a count of 次, nor the numbers of a quoted slogan ("委员履职“四个一”活动").
 */
function withoutSessionNumbers(sentence: string): string {
  return sentence
    .replace(/“[^“”]{0,4}?[一二两三四五六七八九十][个项][一二两三四五六七八九十][^“”]{0,4}?”/gu, '“”')
    .replace(/^\s*第[一二三四五六七八九十百零〇\d]+条\s*/u, '')
    .replace(/一次性/gu, '')
    .replace(/[一二三四五六七八九十\d]+届(?:[一二三四五六七八九十\d]+次[、和及]?)+(?:全会|全体会议|会议|常委会议?)?/gu, '');
}

/**
 * Whether the figures with the units are all "one" said before a noun ("撰写一件提案", "参加一场
 * 基层读书"): one of a kind, more often than a count.
 */
export function onlyOneOfAKind(sentence: string, units: string[]): boolean {
  return hasFigure(sentence, units) && !hasFigure(sentence.replace(ONE_OF_A_KIND, ''), units);
}

const ONE_OF_A_KIND = /(?<![\d〇零一二两三四五六七八九十百千万第])一(?:个|件|场|次|条|项|篇|名|位|份)(?=\p{Script=Han})/gu;

export function hasDuration(sentence: string): boolean {
  return /(?:\d+|[一二两三四五六七八九十]+)\s*个?(?:工作日|天|日|小时|周|星期|个月|年)(?:内|以内|之内|前)?/u.test(sentence);
}

/** A day of the month, or a day said relative to another ("前一天", "截止前3天"). */
export function hasDay(sentence: string): boolean {
  return /(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|当天|次日|前一天|(?:前|后|提前)\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:天|日|个工作日)/u.test(sentence);
}

export function hasMonth(sentence: string): boolean {
  return /\d{1,2}月|[一二三四五六七八九十]+月|上旬|中旬|下旬|年初|年底|年中|春节|国庆|元旦/u.test(sentence);
}

export function hasTime(sentence: string): boolean {
  return /\d{1,2}[:：]\d{2}|\d{1,2}点|\d{1,2}月|\d{1,2}日|\d{4}年|[一二三四五六七八九十]+月|上旬|中旬|下旬|年初|年底|年中/.test(sentence);
}

