import { formatChinaDateTime } from '../../china-time.ts';
import { rewriteForReading } from './reply-rewrites.ts';
import { ASKS_LEAVE, cleanMessage, UNCERTAIN } from './reply-vocabulary.ts';

/** Questions members ask about a meeting, and answers taken from the notice alone. */

export type NoticeTopic = 'held' | 'time' | 'place' | 'dress' | 'bring' | 'agenda' | 'contact' | 'deadline' | 'scope' | 'other';

/** One clause of a message; `asks` when it is a question. */
export interface Clause {
  text: string;
  asks: boolean;
}

const INTERROGATIVE =
  /几点|几号|几时|星期几|周几|礼拜几|什么时候|啥时候|何时|哪天|哪一天|哪里|哪儿|在哪|哪个|哪些|哪位|谁|(?<![十一二三四五六七八九两那这前后好过])几(?:楼|层|号楼|天|个|位|分钟|小时)|(?<!没)(?:什么|啥)|怎么(?!也|都)|如何|多久|好久|多长|多少|是否|能否|可否|会否|为何/u;
/** Asking without a question word: 地址发一下 / 议程发我看看. */
const ASKING_WORDS = /地址|[着著]装|(?:要|需要|得|必须)穿[^的，。]{0,4}(?:嘛|吗|么|不)?$|议程|截止|联系人|联系方式|定位|发(?:一下|我|给我)/u;
/** "要带身份证不", "需要提前到不": a must or a may, closed by 不, asks whether (A-not-A with the second A left out). */
const MODAL_THEN_NOT = /^(?:我|我们)?(?:要(?!是)|需要|用|得|能|可以)[^，。]{1,12}不$/u;
/** "我参加需要带什么吗" said in one breath: the answer, then the question. */
// "我去年那件提案……": 去年 is no 去.
// ("我去不了能让…": no answer, the 不 goes with it.)
const ANSWER_FIRST = /^((?:我|本人)(?:会|一定|肯定|准时|按时|也)?(?:参加|出席|到会|参会|去(?![年过]))(?:的)?)(?![不没])(?=.)/u;

function isAsking(part: string): boolean {
  if (part.endsWith('？')) return true;
  if (UNCERTAIN.test(part)) return false;
  // 是在市民之家还是在机关开啊: an either-or question without a question mark.
  // 协商会是上午还是下午: which half of the day.
  const eitherOr = /是在.+还是|还是.+[啊呢呀]$|[上下]午还是[上下]午|(?:白天|晚上)还是(?:白天|晚上)/u.test(part);
  // 嘛 closes statements in dialect (我来嘛), so only 吗 and 么 mark a question.
  return INTERROGATIVE.test(part) || /[吗么]$/u.test(part) || ASKING_WORDS.test(part) || eitherOr || MODAL_THEN_NOT.test(part);
}

export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const part of text.split(/(?<=？)|[，。！；…\n（）()]/u).map((p) => p.trim())) {
    if (!part || part === '？') continue;
    // "发言题目是《……的几点建议》": a quoted title asks nothing.
    const asks = isAsking(part.replace(/《[^》]*》/gu, '《》'));
    const answer = asks ? ANSWER_FIRST.exec(part)?.[1] : undefined;
    if (answer && isAsking(part.slice(answer.length))) {
      clauses.push({ text: answer, asks: false }, { text: part.slice(answer.length).replace(/？$/u, ''), asks: true });
    } else {
      clauses.push({ text: part.replace(/？$/u, ''), asks });
    }
  }
  return clauses;
}

const DEADLINE = /截止|截至|最晚|期限|几号前|之前回复|什么时候(?:回复|回执|报名|答复)|回执|报名时间/u;
const TOPICS: ReadonlyArray<[NoticeTopic, RegExp]> = [
  // "是不是不用去了", "听说改期了？", "还照常开吗": whether the meeting is still held as noticed.
  ['held', /(?:不用|不必|无需|用不着)(?:去|来|参加|开会)了|改期|延期|推迟|取消|暂停|变更|(?:改|换)(?:时间|日子)|还开(?:吗|么|不)|(?:照常|如期|照旧)(?:开|举行|召开)?(?:吗|么|不)|还(?:照常|如期|照旧)/u],
  // Whether someone else may come instead is not the scope: the notice does not say ('other').
  // "是所有委员都要去，还是只有常委？": who is asked to come, put as a choice.
  ['scope', /哪些人|什么人|啥人|都有谁|谁(?:参加|去|来|出席|参会)|参会(?:人员|范围|对象)|范围|(?:所有|全体|每个|全部)(?:的)?(?:委员|常委)(?:都)?(?:要|得|需要)|只有常委|常委才|只(?:要|需)常委|不是常委|非常委|委员(?:也)?要(?:去|来|参加)吗|(?:界|委员)[^，。？?]{0,6}(?:算不算|算吗|属不属于|包不包括|包括吗|在不在)/u],
  ['contact', /联系谁|联系人|联系方式|电话(?!会议)|找谁|问谁|谁负责|对接人|哪位(?:负责|老师)|找哪个|找哪位|哪个联系/u],
  ['dress', /穿什么|穿啥|[着著]装|服装|正装|西装|西服|便装|怎么穿|要穿|穿[^，]{0,4}吗|衣服/u],
  ['bring', /带什么|带啥|要带|需要带|用带|能带|可以带|带不带|携带|准备什么|要准备|需要准备|准备(?:啥|哪些)|材料|身份证|证件|委员证|笔记本|电脑|履职手册/u],
  ['agenda', /议程|议题|日程|审议|什么内容|啥内容|内容是|讨论什么|讨论啥|开什么会|主题|主要(?:内容|议题)|发言|流程|环节|主持|主讲|哪些领导|领导出席|干什么|干啥|(?:审|议|研究|讨论|协商)(?:个)?(?:啥|什么|哪个|哪些)/u],
  ['place', /在哪|哪里|哪儿|哪个(?:地方|会议室|楼|房间|厅)|什么地方|啥地方|地点|地址|位置|怎么走|怎么去|怎么过去|如何前往|路线|导航|坐什么车|公交|地铁|几楼|几号楼|哪栋|会场|定位/u],
  // ("5号上午？不是下午吗": the half of the day, checked.)
  ['time', /[上下]午还是|不是[上下]午|是[上下]午吗|[上下]午吗|几点|好久|什么时候|啥时候|何时|哪天|哪一天|几号|几时|时间|多久|多长|几天|开始|结束|散会|报到|日期|星期几|周几|提前(?:多久|多长时间|几分钟)?到/u],
];
const TIME_WORDS = /今天|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天]|上午|下午|晚上/u;
/** The question is about the meeting even though it names no topic: 有午餐吗 / 可以请人代替吗. */
const ABOUT_MEETING =
  /会议|开会|参会|与会|会上|的会|会场|会期|会前|会后|[这那本此该][次个场]会|常委会|协商会|座谈会|通知|当天|那天|届时|到时候|午饭|午餐|晚饭|吃饭|用餐|就餐|住宿|酒店|家属|代替|替我|请人|委托|签到|请假|参加|出席|迟到|早退|线上|线下|视频|腾讯会议|(?:也|都|是否|需要|必须)要?(?:去|来|参加)/u;
// ("我的司机能跟着进会场吗": the one who would come along named first.)
// ("小王想来旁听，可以带他一起吗": 他 is somebody too.)
const COMPANION = /带(?:个|一个|上|着)?(?:人|他(?!的)|她(?!的)|秘书|司机|助理|家属|孩子|小孩|爱人|老伴|朋友|同事|随员)|旁听|陪同|陪我|随行|(?:秘书|司机|助理|家属|爱人|老伴|随员)(?:能|可以|能不能|可不可以)?(?:跟着|跟我|一起|一块儿?)/u;
/** Questions for the knowledge base or other features, not about this meeting. */
export const OTHER_BUSINESS =
  /社情民意|提案(?!委|委员会|办理)|我(?:想|要)反映|反映(?:一下|一个|个)?(?:情况|问题|意见)|意见建议|(?<!医生|大夫)建议(?:有关|相关|政府|部门|市里|尽快|加强|增设|设立)|希望政协|呼吁|群众|老百姓|居民|市民(?!之家|中心|服务)|发现|了解到|绑定|解绑|章程|条例|法规|履职(?!手册)|怎么写|如何写|政协委员(?:的)?(?:职责|权利|义务)|上班|下班|办公时间/u;
/** Naming this meeting outright outweighs a knowledge word (提案办理协商会在哪). */
export const NAMES_MEETING = /会议|开会|参会|[这本此][次个]会|常委会|协商会|座谈会|通知|请假|回执/u;

const POINTING_AT_A_MEETING = /^[^，。？]{2,10}?的?(?:那个|那场)(?:会议?)?(\p{Script=Han}.*)$/u;

/** The topic of the question clauses, or null when they are not about the meeting. */
export function topicOf(questions: string[]): NoticeTopic | null {
  const text = questions.join('，');
  if (!text || (OTHER_BUSINESS.test(text) && !NAMES_MEETING.test(text))) return null;
  if (DEADLINE.test(text)) return 'deadline';
  // "能不能带个人去，我秘书陪我": whether somebody may come along; the notice's scope and contact answer it.
  if (COMPANION.test(text)) return 'other';
  // "市民之家那边好停车不": the notice says nothing of parking; its particulars and contact answer it.
  if (/停车|车位/u.test(text)) return 'other';
  // "要穿正装那个会几点开始": what points at the meeting is not what is asked about it.
  const asked = POINTING_AT_A_MEETING.exec(text)?.[1] ?? text;
  let first: { topic: NoticeTopic; at: number } | null = null;
  for (const [topic, pattern] of TOPICS) {
    const at = pattern.exec(asked)?.index;
    if (at !== undefined && (!first || at < first.at)) first = { topic, at };
  }
  if (first) return first.topic;
  const aboutMeeting = ABOUT_MEETING.test(text);
  if (TIME_WORDS.test(text) && (aboutMeeting || text.length <= 6)) return 'time';
  return aboutMeeting ? 'other' : null;
}

/** What a message asks about the meeting, also when it answers 参加 as well; null when it asks nothing about it. */
export function questionIn(text: string): NoticeTopic | null {
  const questions = questionsAsked(text);
  return questions.length ? topicOf(questions) : null;
}

/** The clauses of a message that ask something other than leave. */
function questionsAsked(text: string): string[] {
  return clausesOf(rewriteForReading(cleanMessage(text).text))
    .filter((c) => c.asks && !ASKS_LEAVE.test(c.text))
    .map((c) => c.text);
}

const ASK_OFFICE = '如需确认，请联系市政协办公室。';

/** The notice's own sentences (split at clause punctuation) that match, quoted. */
function quoted(body: string, pattern: RegExp): string {
  const found = body
    .split(/[，。；！？\n]/u)
    .map((part) => part.trim())
    .filter((part) => pattern.test(part));
  return found.length ? `通知中写明：${found.slice(0, 3).join('，')}。` : '';
}

/** 会议议程：一、…；二、… whether on one line or on the lines that follow. */
function agendaOf(body: string): string {
  const lines = body.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => /议程|议题|日程/u.test(line));
  if (start < 0) return '';
  const items = [lines[start]?.replace(/^[^：:]*[：:]\s*/u, '') ?? ''];
  for (const line of lines.slice(start + 1)) {
    if (!/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．)]|[（(][一二三四五六七八九十\d]+[）)])/u.test(line)) break;
    items.push(line);
  }
  const agenda = items.filter(Boolean).join('').replace(/[。；]$/u, '');
  return agenda.length > 200 ? `${agenda.slice(0, 200)}…` : agenda;
}

type NoticeText = { title: string; time: string; place: string; scope: string; body: string; replyBy: Date | null };

/** 2026-12-03 18:00 → 2026年12月3日 18:00, as notices write dates. */
function chineseDateTime(at: Date): string {
  const [date = '', time = ''] = formatChinaDateTime(at).split(' ');
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日${time}`;
}

/** The notice's sentences that share words (two characters in a row) with the question. */
function overlapping(body: string, question: string): string {
  const pairs = new Set<string>();
  const plain = question.replace(/[^\u4e00-\u9fff\d]/gu, '');
  for (let i = 0; i + 2 <= plain.length; i++) pairs.add(plain.slice(i, i + 2));
  for (const common of ['会议', '通知', '这次', '什么', '需要', '可以', '是不', '不是', '我们', '那个', '请问']) pairs.delete(common);
  const found = body
    .split(/[，。；！？\n]/u)
    .map((part) => part.trim())
    .filter((part) => [...pairs].some((pair) => part.includes(pair)));
  return found.length ? `通知中写明：${found.slice(0, 2).join('，')}。` : '';
}

/**
 * A short answer from the notice's fields only; what the notice does not say is said to be missing.
 * With the question, the notice's own sentences that share its words are quoted as well.
 */
export function answerAboutNotice(topic: NoticeTopic, notice: NoticeText, question = ''): string {
  // "发言大概几分钟？在四楼哪个会议室": each question of another topic is answered too.
  const more = question ? otherTopicsAsked(question, topic).map((other) => answerByTopic(other, notice)) : [];
  return [answerWithQuotes(topic, notice, question), ...more].join('');
}

/** The topics of the message's other questions, in order, each once ('other' aside: it says the particulars anyway). */
function otherTopicsAsked(question: string, topic: NoticeTopic): NoticeTopic[] {
  const topics = questionsAsked(question).map((asked) => topicOf([asked])).filter((t): t is NoticeTopic => t !== null && t !== 'other' && t !== topic);
  return [...new Set(topics)];
}

function answerWithQuotes(topic: NoticeTopic, notice: NoticeText, question: string): string {
  const base = answerByTopic(topic, notice);
  const extra = question ? overlapping(notice.body, question) : '';
  if (!extra || base.includes(extra.slice('通知中写明：'.length, -1))) return base;
  // A question the notice has no field for keeps the meeting's particulars and its contact beside what is quoted.
  if (topic === 'other') return `${extra}${base.replace(/^通知中没有写到这一点。/u, '')}`;
  return base.startsWith('通知中没有') ? `${extra}${ASK_OFFICE}` : `${base}${extra}`;
}

function answerByTopic(topic: NoticeTopic, notice: NoticeText): string {
  const { time, place, scope, body, replyBy } = notice;
  const name = notice.title.replace(/^关于(?:召开|举办|举行|开展|参加)?/u, '').replace(/的通知$/u, '') || notice.title;
  switch (topic) {
    case 'held':
      // Changes and cancellations come as notices of their own (办法第二十三、二十六条).
      // ("我又不是常委，是不是不用去了": who is asked to come is said too.)
      return `按目前的通知，${name}仍在${time}举行，地点是${place}，参会范围：${scope}。会议如有变更或取消，市政协办公室会通过履职助手另发标明“【变更】”或“【取消】”的通知。`;
    case 'time':
      return [`${name}的时间是${time}。`, quoted(body, /报到|签到|会期|入场|提前[^，。]{0,8}到/u)].join('');
    case 'place':
      return [`${name}的地点是${place}。`, quoted(body, /地址|乘车|停车|路线|公交|地铁|入口|导航/u)].join('');
    case 'dress':
      return quoted(body, /[着著]装|正装|服装|穿/u) || `通知中没有写着装要求。${ASK_OFFICE}`;
    case 'bring':
      return quoted(body, /携带|带上|带好|自带|准备|材料|证件|手册/u) || `通知中没有写需要携带的物品。${ASK_OFFICE}`;
    case 'agenda': {
      const agenda = agendaOf(body);
      if (agenda) return `会议议程：${agenda}。`;
      return quoted(body, /审议|讨论|议题|听取|围绕|协商|研究|通报|部署/u) || `通知中没有列出议程。${ASK_OFFICE}`;
    }
    case 'contact':
      return quoted(body, /联系|电话|\d{7,}/u) || '通知中没有写联系人，如有疑问请联系市政协办公室。';
    case 'deadline':
      return replyBy ? `回执截止时间是${chineseDateTime(replyBy)}，请在此前回复“参加”或“请假 原因”。` : '这个会议通知没有回执截止时间。';
    case 'scope':
      return `${name}的参会范围是：${scope}。${ASK_OFFICE}`;
    case 'other': {
      // "请假要写假条吗": the notice's contact person is who can say.
      const contact = /联系人[：:]\s*([^。；;\n]+)/u.exec(body)?.[1];
      return `通知中没有写到这一点。${name}：${time}，${place}，参会范围：${scope}。${contact ? `如需确认，请联系${contact}。` : ASK_OFFICE}`;
    }
  }
}
