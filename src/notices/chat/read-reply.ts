import { ARRANGEMENT, asidesOf, POLITE, REQUEST } from './beside-a-yes.ts';
import { keptElsewhere } from './implied-answers.ts';
import { comesEitherWay, conditionMet, withConditionsJoined } from './conditions.ts';
import { rewriteForReading } from './reply-rewrites.ts';
import { ANOTHER_BODY, keepsTheMemberAway, markOtherEngagements, OTHER_ENGAGEMENT, TO_SIT_IN } from './other-engagements.ts';
import { withoutWordsToTheOffice } from './said-to-the-office.ts';
import { reasonOf, remarkOf, withCauses } from './reply-notes.ts';
import { ASKING_FOR_SOMEONE_ELSE, ownStatements } from './whose-answer.ts';
import { aboutOtherBusiness, answerAmidOtherBusiness, answerBeforeOtherBusiness, LEAVE_FROM_ANOTHER } from './other-business.ts';
import { clausesOf, topicOf, type NoticeTopic } from './notice-questions.ts';
import {
  ABSENT_BECAUSE,
  ASKS_LEAVE,
  ASKS_PARTIAL,
  ASKS_TO_STAY_AWAY,
  ATTEND,
  ATTEND_WORD,
  canonical,
  cleanMessage,
  CONDITIONAL,
  CORRECTION,
  EARLIER_MEETING,
  EXPLICIT_LEAVE,
  HEDGED_ATTEND,
  LEAVE,
  PART_OF_MEETING,
  PARTIAL,
  PAST,
  RETRACT,
  UNCERTAIN,
  type CleanMessage,
} from './reply-vocabulary.ts';

export { answerAboutNotice, questionIn, type NoticeTopic } from './notice-questions.ts';

/**
 * Reads what members write back to a meeting notice: attend (with a note when coming only in part),
 * leave (with the reason in their words), an acknowledgement that needs a follow-up question, a
 * question about the meeting, or something else entirely. Pure: no clock, no store, no model.
 */

/** What a member's message says about a meeting notice. */
export type ReplyReading =
  | { kind: 'attend'; remark: string }
  | { kind: 'leave'; reason: string }
  | { kind: 'unclear' }
  | { kind: 'question'; topic: NoticeTopic }
  | { kind: 'none' };

const NONE: ReplyReading = { kind: 'none' };
export const UNCLEAR: ReplyReading = { kind: 'unclear' };

const COMMAND =
  /^(?:\/|(?:绑定|解绑|解除绑定|帮助|菜单|help|发布(?:会议)?通知|发通知|新建通知|(?:会议)?通知列表|查看通知|(?:通知|查看)?回执(?:情况)?\s*[#＃]?\d+|(?:发送|推送|取消|撤销|撤回)通知|我的社情民意|我的|取消|退出|确认提交|提交)(?=$|[\s\d#＃：，]))/iu;
const PARTIAL_ALL = new RegExp(PARTIAL.source, 'gu');
const PLUS_ONE = /^(?:[+＋]|扣)?1$/u;
const ASKS_AFTER_ANOTHER = /(?:帮我|麻烦你|你)(?:问|打听)(?:一下|下)?(?![我俺])[\u4e00-\u9fff]{1,6}?(?:来不来|去不去|参不参加|参加不参加|到不到|是否(?:参加|来|去|到))/u;
const PROXY_ASKED = new RegExp(`(?:让|叫|派|请|由)[^，。？?]{1,10}?(?:代我|代替我|替我|代表我)(?:${ATTEND_WORD}|去|参会|出席)`, 'u');
const NO_REASON = /^(?:无|没有|没|没什么|没啥|没有原因|没什么原因|没啥原因|不用写|不说了)$/u;
const SPEAKER_OR_DAY = /我|本人|那天|当天|届时|到时候?|这次|这周|下周|周[一二三四五六日天]|星期|明天|后天|\d+[号日]/u;
/** 上次参加过了: an earlier meeting, not this one (之前 alone may be 九点之前). */
const PAST_EVENT = new RegExp(EARLIER_MEETING, 'u');

/**
 * An excuse without 请假 means absence only when it is short and about the member or the day
 * (那天在外地出差); "上周在外地看到…" tells a story instead.
 */
function impliesAbsence(text: string, marked: string[]): boolean {
  if (text.length > (KEPT_FOR_DAYS.test(text) ? 45 : 30) || PAST.test(text)) return false;
  if (!ABSENT_BECAUSE.test(text) && !keptElsewhere(text) && !marked.some((clause) => clause.includes(OTHER_ENGAGEMENT))) return false;
  return text.length <= 15 || SPEAKER_OR_DAY.test(text);
}

/** "我这两天在太和医院住院 …医生说至少要躺两个礼拜": what keeps the member for days takes longer to tell. */
const KEPT_FOR_DAYS = /住院|手术|离不开人|离不了人|走不开|脱不开身|抽不开身|出国|在国外/u;
const BARE_ATTEND = new RegExp(`^(?:我)?(?:要|得|需要|必须|还要)?(?:去)?(?:${ATTEND_WORD})$`, 'u');

/** "只能我去", "还得我陪着": the member is the one who must go, to what the message told before. */
const ONLY_I_CAN_GO = /^(?:只能|只有|只好|还得|就得|得)(?:我|俺)(?:去|来|陪着?|送|跑一趟)(?:了|啊|哈|呀)?$/u;

/**
 * "区人大常委会开会，我要列席": a bare attend after another body's meeting is named is that meeting's;
 * "孙子幼儿园开家长会 他爸妈都在外地 只能我去": so is going after an engagement elsewhere is told.
 */
function attendingElsewhere(clauses: string[]): string[] {
  const anotherBodysMeeting = (clause: string) => ANOTHER_BODY.test(clause) && /会/u.test(clause) && !/政协/u.test(clause);
  const elsewhereBefore = (i: number) => clauses.slice(0, i).some((clause) => keptElsewhere(clause));
  return clauses.map((clause, i) => ((i > 0 && anotherBodysMeeting(clauses[i - 1]!) && BARE_ATTEND.test(clause)) || (ONLY_I_CAN_GO.test(clause) && elsewhereBefore(i)) ? OTHER_ENGAGEMENT : clause));
}

/**
 * "区政协那边周六的会我请假了", "教育局下午那个会我参加", "周六老年大学的书法课我去不了了": the answer is
 * to another body's meeting or class, named as its object, and says nothing of ours ("我们局里有会我去不了"
 * tells a reason).
 */
const ANSWERED_OF_ANOTHER_BODY =
  /(?:区政协|县政协|省政协|全国政协|人大|党校|区委|县委|省委|(?<![我们咱俺])[\u4e00-\u9fff]{1,3}局)[^，。！？有]{0,8}?(?:会|会议)(?:我|俺)|老年大学[^，。！？有]{0,8}?(?:课|活动)(?:我|俺)/u;

/** Attend, leave or unsure from the statements of a message; null when they say none of these. */
function readStatements(all: string[]): ReplyReading | null {
  const own = attendingElsewhere(ownStatements(all).filter((clause) => !ANSWERED_OF_ANOTHER_BODY.test(clause)));
  // Earlier meetings are no answer, but may explain one: "上周爬山把腰闪了" stays in the reason.
  // "…，月底那个会估计去不了，到时再说": a later meeting, and what is said on about it, is no answer either.
  const later = new Set<number>();
  own.forEach((clause, i) => {
    if (LATER_MEETING.test(clause) || (later.has(i - 1) && GOES_ON_ABOUT_IT.test(clause))) later.add(i);
  });
  // "上周的座谈会我没去成，补个说明：那天在住院": 那天 after an earlier meeting is that meeting's day.
  const past = new Set<number>();
  own.forEach((clause, i) => {
    if (PAST_EVENT.test(clause) || (past.has(i - 1) && /那天|当天|那次/u.test(clause) && !OURS_NAMED.test(clause))) past.add(i);
  });
  const clauses = own.filter((clause, i) => !past.has(i) && !later.has(i));
  const text = clauses.join('，');
  const partial = clauses.filter((clause) => PARTIAL.test(clause));
  const leaving = clauses.filter((clause) => LEAVE.test(clause.replace(PARTIAL_ALL, '，').replace(LEAVE_FROM_ANOTHER, '，')));
  const marked = clauses.map(markOtherEngagements);
  const attending = clauses.filter((clause, i) => ATTEND.test(marked[i] ?? clause) && !leaving.includes(clause));
  // "明天单位有个会我请了假，5号的常委会我去": the leave is from something else, ours is attended.
  if (leaving.length && attending.some((clause) => OURS_NAMED.test(clause)) && leaving.every((clause) => !OURS_NAMED.test(clause) && ELSEWHERE.test(clause))) {
    return { kind: 'attend', remark: '' };
  }
  if (leaving.length) {
    const present = attending.length > 0 || partial.some((clause) => !leaving.includes(clause));
    if (present && leaving.every((clause) => PART_OF_MEETING.test(clause))) {
      return { kind: 'attend', remark: remarkOf(withCauses(clauses, [...leaving, ...partial], attending)) };
    }
    // "合影我就不参加了哈": a no to the photo or the meal alone says nothing of the meeting; asked.
    if (!present && leaving.every((clause) => SIDE_PART_DECLINED.test(clause))) return UNCLEAR;
    const lastLeave = clauses.lastIndexOf(leaving[leaving.length - 1] ?? '');
    const after = clauses.slice(lastLeave + 1);
    if (after.some((clause) => attending.includes(clause)) && CORRECTION.test(after.join('，'))) {
      return { kind: 'attend', remark: remarkOf(partial.filter((clause) => after.includes(clause))) };
    }
    // "看能不能让副会长代我参会": a doubt about who goes instead is no doubt about the absence.
    if (UNCERTAIN.test(clauses.filter((clause) => !PROXY_CLAUSE.test(clause)).join('，')) && !EXPLICIT_LEAVE.test(text)) return UNCLEAR;
    // "如获准即准时参会，否则请假": the leave is the other branch of a yes on a condition.
    if (leaving.every((clause) => OTHERWISE.test(clause)) && all.some((clause) => CONDITIONAL.test(clause) && ATTEND.test(clause))) return UNCLEAR;
    // ("下午有课走不开，请假": a part of the day said with the leave is the reason, not a part attended.)
    const reason = reasonOf(own.filter((clause) => PROXY_CLAUSE.test(clause) || (!attending.includes(clause) && (!partial.includes(clause) || attending.length === 0))));
    // "可能去不了", and nothing more: a doubt to ask about ("可能去不成了" has settled it; a reason says why it is likely).
    if (!reason && HEDGED_NO.test(text) && !EXPLICIT_LEAVE.test(text)) return UNCLEAR;
    // "孩子发烧了，可能要请假": the leave itself only likely, whatever makes it so, is asked about.
    if (HEDGED_LEAVE.test(text)) return UNCLEAR;
    return { kind: 'leave', reason };
  }
  // A doubt voiced before a plain answer is settled by it: "……想想还是重要，我参加".
  const last = attending[attending.length - 1] ?? '';
  const lastSays = attending.length > 0 && clauses.indexOf(last) === clauses.length - 1 && !UNCERTAIN.test(last);
  // "可能九点过十分才能到": a doubt about the hour is no doubt about coming.
  if (UNCERTAIN.test(text.replace(DOUBT_ABOUT_THE_HOUR, '')) && !lastSays) return UNCLEAR;
  if (partial.length) return { kind: 'attend', remark: remarkOf(withCauses(clauses, partial, attending)) };
  // "我来，堵车的话可能迟个十几分钟": a late arrival that depends on traffic is still worth noting.
  const maybeLate = all.filter((clause) => CONDITIONAL.test(clause) && PARTIAL.test(clause));
  if (attending.length && maybeLate.length) return { kind: 'attend', remark: remarkOf(maybeLate) };
  if (attending.length) {
    if (HEDGED_ATTEND.test(text) && !/一定|肯定|准时|按时/u.test(text)) return UNCLEAR;
    // "我去，不用给我安排车", "我来，顺便把上次的调研报告带给你": what they will not do, need or bring is worth noting.
    return { kind: 'attend', remark: remarkOf(asidesOf(own, attending)) };
  }
  // "要是那天下大雪就不去了": a no on a condition is no answer either.
  const comingOnACondition = all.some((clause) => CONDITIONAL.test(clause) && (ATTEND.test(clause) || clause.split('，').some((part) => THEN_COMING.test(part)) || LEAVE.test(clause)) && !PAST_EVENT.test(clause));
  // "那天下午在中院有个庭，能赶过去的话就过去": the engagement is why they may not come, not a no.
  if (impliesAbsence(text, marked) && !comingOnACondition) {
    return { kind: 'leave', reason: reasonOf(clauses) };
  }
  // Only conditions or past events said: short, it still acknowledges (上次参加过了); long, it tells a story.
  // "孩子那天要是不发烧我就来", "如果那天不下雪就去，…": a yes on a condition is asked about, not taken.
  if (comingOnACondition && conditionMet(all)) return { kind: 'attend', remark: '' };
  if (clauses.length === 0 && comingOnACondition) return comesEitherWay(all) ? { kind: 'attend', remark: '' } : UNCLEAR;
  const onlyPast = clauses.length === 0 && all.every((clause) => PAST_EVENT.test(clause) || CONDITIONAL.test(clause) || past.has(own.indexOf(clause)));
  if (onlyPast && all.join('').length > 8) return null;
  return clauses.length < all.length ? UNCLEAR : null;
}

const SIDE_PART_DECLINED = /^(?:会后的?|中午的?|晚上的?)?(?:聚餐|晚宴|午宴|工作餐|合影|合照|照相|拍照|参观)(?:环节)?(?:我|俺)?(?:就)?(?:不|不去|不参加)/u;
const IN_TIME = /赶得上|赶得及|来得及|赶得回来|能赶上|赶上|赶不赶得上/u;
const LATER_MEETING = /(?:月底|月初|下个?月|年底|明年|过年)(?:的|那个|那场|那次)?[\u4e00-\u9fff]{0,3}?(?:会|会议)(?!议室)/u;
const GOES_ON_ABOUT_IT = /^(?:到时(?:候)?(?:再说|再看)?|再说吧?|看情况|回头再说)$/u;
const OURS_NAMED = /常委会|协商会|座谈会|[这本此][次个场]会|\d{1,2}[号日]/u;
const ELSEWHERE = /单位|公司|学校|医院|院里|厂里|所里|局里|村里|家里|孩子|明天|后天|今天|月底|下个?月|下周|下个?(?:星期|礼拜)|家长会|培训|活动/u;

const TOLD_ELSEWHERE = /^(?:我)?(?:已经|早就|之前|刚才|昨天)*(?:打)?电话(?:跟|和|给|向)[\u4e00-\u9fff]{1,5}?(?:说|讲|报|回复)过了|^(?:我)?(?:已经|已)?转(?:给|发给)[\u4e00-\u9fff]{1,10}了/u;
const OTHERWISE = /^(?:否则|不然|要不然|要不)/u;
const HEDGED_NO = /(?:可能|也许|或许|说不定)[^，。！？]{0,4}不[了成]$/u;
const HEDGED_LEAVE = /(?:可能|也许|或许|说不定)(?:要|得|会|需要)?请(?:个)?假/u;

/** The yes that closes a condition: "…就去". */
const THEN_COMING = /就(?:能)?(?:去|来|到|过去|过来)(?:的|吧)?$/u;
const ASKS_PERMISSION = /^(?:那)?(?:能否|可否|是否可以)(?!请假|不来|不去|不参加)/u;
const DOUBT_ABOUT_THE_HOUR = /可能(?=[^，。！？]{0,10}(?:才能到|才到|[晚完]到|迟到|晚一点|晚点))/gu;

/** The proxy arrangement (派办公室主任代我去) explains the absence: it stays in the reason. */
const PROXY_CLAUSE = new RegExp(`(?:派|让|请|委托)[\\u4e00-\\u9fff]{1,8}(?:代|替)(?:我|为)?(?:去|来|${TO_SIT_IN}|${ATTEND_WORD})`, 'u');


/** What a cleaned message says (the core of readReply, for messages already cleaned or cut into parts). */
export function readClean({ text, acked }: CleanMessage): ReplyReading {
  if (!text) return acked ? UNCLEAR : NONE;
  // "+1" / "1": a roll-call "count me" that says neither 参加 nor 请假 in so many words.
  if (PLUS_ONE.test(text)) return UNCLEAR;
  // "请加" alone: 请假 or 参加 mistyped, one as likely as the other (with a reason it is a leave).
  if (/^[请清青]加[。！!～~]*$/u.test(text)) return UNCLEAR;
  // A bare "不": no to something, but to coming or to the question asked is not clear.
  if (/^不[。！!]?$/u.test(text)) return UNCLEAR;
  // "去不去都行 你们看着办": either way will do; which one they will do is still to ask.
  // ("去不去都行的会吧？", "我去不去都行吧？" ask whether it is compulsory.)
  if (EITHER_WAY.test(text) && !/[？?吗么]/u.test(text)) return UNCLEAR;
  // "参加…还是请假呢，…我回头再定": the choice itself still being weighed.
  if (/^(?:我)?(?:参加|去)[…。.，,\s]*还是(?:请假|不去)/u.test(text)) return UNCLEAR;
  // "已经电话跟王秘书说过了", "已经转给单位办公室了": told or passed on elsewhere; what they said is still to ask.
  if (TOLD_ELSEWHERE.test(text) && !ATTEND.test(text) && !LEAVE.test(text)) return UNCLEAR;
  const clauses = clausesOf(rewriteForReading(text));
  const statements = withoutWordsToTheOffice(withConditionsJoined(clauses.filter((c) => !c.asks).map((c) => c.text)));
  const questions = clauses.filter((c) => c.asks).map((c) => c.text);
  const first = answerBeforeOtherBusiness(text, readAnswer);
  if (first) return first;
  if (aboutOtherBusiness(text, statements, true)) return answerAmidOtherBusiness(text, readAnswer) ?? NONE;
  // "帮我问一下小陈委员来不来，我想跟她一起过去": asking after someone else, the member's own plan hangs on it.
  if (clauses.some((clause) => ASKS_AFTER_ANOTHER.test(clause.text)) && !EXPLICIT_LEAVE.test(text) && !/参加|出席/u.test(text)) return NONE;
  const stance = readStatements(statements);
  // "我去不了能让我们副总代我参加吗": someone else asked to go in the member's place; the member is absent.
  // "可以线上接入吗？…线下实在赶不回来": whether one may join online, which the notice does not say, is asked of the office.
  if (questions.some((q) => ONLINE.test(q)) && !EXPLICIT_LEAVE.test(text)) return { kind: 'question', topic: 'other' };
  // ("…让我们商会副会长代我去协商会，可以吗": the same, asked of the office after saying it.)
  // ("我要是去不了，能让单位副职代我去吗？", "协商会能派个人替我去吗": whether one may, asked before any absence is said;
  // "我们商会由常务副会长周明代我参会": someone sent, with no absence of the member's said, is asked about.)
  const proxyAsked = questions.some((q) => PROXY_ASKED.test(q));
  if ((proxyAsked || statements.some((s) => PROXY_ASKED.test(s))) && stance?.kind !== 'attend') {
    const away = (LEAVE.test(text) && !CONDITIONAL.test(text)) || statements.some((s) => !CONDITIONAL.test(s) && !PROXY_ASKED.test(s) && keepsTheMemberAway(s));
    if (away) return { kind: 'leave', reason: reasonOf(statements) };
    if (proxyAsked) return { kind: 'question', topic: 'other' };
  }
  // "9点到不了，9点半到可以吗" / "能带公司法务一起列席吗": the coming-late question or the request belongs in the note too.
  // "我来是来，就是不太会发言，能不能只听不讲": asking leave to do it differently is a note too.
  const noted = questions.filter((q) => PARTIAL.test(q) || REQUEST.test(q) || (stance?.kind === 'attend' && ASKS_PERMISSION.test(q)));
  const late = noted.map((q) => q.replace(ASKS_PARTIAL, ''));
  // "市民之家那边能停车吗": a question about the arrangements is left for the office as asked.
  // "腿脚不方便，座位能否安排靠门口一点": the statement just before says what the request is for.
  // ("上次视察的时候还多亏你帮忙安排车子": thanks for an earlier one asks nothing.)
  const asked = stance?.kind === 'attend' ? questions.filter((q) => ARRANGEMENT.test(q) && !noted.includes(q) && !PAST_EVENT.test(q)).map((q) => `${whatFor(clauses, q)}${q}？`) : [];
  // "我4号晚上出差回来，赶得上吗？": whether they can make it is asked, not yet answered.
  if (stance?.kind !== 'attend' && questions.some((q) => IN_TIME.test(q))) return { kind: 'question', topic: 'time' };
  if (stance?.kind === 'attend' && (late.length || asked.length)) return { kind: 'attend', remark: [stance.remark, remarkOf(late), ...asked].filter(Boolean).join('，') };
  if (stance && stance.kind !== 'unclear') return stance;
  // "参加不参加我明天告诉你": whether they come, to be told later, asks nothing.
  if (questions.some((q) => /是否参加/u.test(q) && UNCERTAIN.test(q))) return UNCLEAR;
  if (questions.length) {
    // "不去行不行？女儿那天订婚" asks leave; "我可以不去吗？" alone may be a wish or a joke ("我能不去吗😂"), asked about.
    const reason = reasonOf(statements);
    // ("我能不去吗😂 发言稿还没写呢": a joke, the worry beside it being the meeting's own work.)
    const onlyAsksToStayAway = questions.every((q) => ASKS_TO_STAY_AWAY.test(q));
    if (questions.some((q) => ASKS_LEAVE.test(q))) return ASKING_FOR_SOMEONE_ELSE.test(text) ? NONE : onlyAsksToStayAway && (!reason || FOR_THE_MEETING.test(reason)) ? UNCLEAR : { kind: 'leave', reason };
    const late = questions.filter((q) => PARTIAL.test(q));
    // "能不能晚点到，九点半左右": the hour or the cause said beside the question goes in the note too.
    const said = clauses.map((c) => (c.asks ? c.text.replace(ASKS_PARTIAL, '') : c.text));
    if (late.length) return { kind: 'attend', remark: remarkOf(withCauses(said, late.map((q) => q.replace(ASKS_PARTIAL, '')), [])) };
    const topic = topicOf(questions);
    if (topic) return { kind: 'question', topic };
  }
  return stance ?? (acked && statements.length ? UNCLEAR : NONE);
}

/** Attend or leave as a cleaned piece of a message says it; null for anything else. */
function readAnswer(text: string): ReplyReading | null {
  const reading = readClean({ text, acked: false });
  return reading.kind === 'attend' || reading.kind === 'leave' ? reading : null;
}

/** The statement right before an arrangement question, when it is a circumstance and not the yes itself. */
function whatFor(clauses: { text: string; asks: boolean }[], question: string): string {
  const i = clauses.findIndex((c) => c.asks && c.text === question);
  const before = i > 0 ? clauses[i - 1] : undefined;
  if (!before || before.asks || ATTEND.test(before.text) || POLITE.test(before.text) || [...before.text].length < 3) return '';
  return `${before.text}，`;
}

const ONLINE = /线上|视频|远程|连线|腾讯会议|云参会|网上参会|在线参会/u;
/** Preparing for the meeting itself: "发言稿还没写呢". */
const FOR_THE_MEETING = /发言稿|发言|讲稿|材料还没|还没准备/u;

const EITHER_WAY = /^(?:我)?(?:去不去|来不来|参不参加|参加不参加|到不到)(?:我)?(?:都|也)(?:行|可以|成|中|无所谓|没关系|一样)(?!的)/u;

/** "妈，明天我请假陪你去复查": a message opening by calling family is meant for another chat. */
const TO_FAMILY = /^(?:妈|爸|老妈|老爸|妈妈|爸爸|老公|老婆|媳妇|宝贝|宝宝|儿子|闺女|女儿|姐|哥|妹|弟|奶奶|爷爷)[，,！!～~\s]/u;
/** "帮我查一下今年我参加了几次会": the member's own record looked up, no answer. */
const LOOKS_UP = /(?:查|看看|统计|算算)[^，。！？]{0,10}(?:参加|出席|请假|请过假)(?:了|过)[^，。！？]{0,4}(?:几|多少)(?:次|回|场)/u;

export function readReply(text: string): ReplyReading & { noticeId?: number } {
  const said = canonical(text);
  if (COMMAND.test(said) || TO_FAMILY.test(said) || LOOKS_UP.test(said)) return NONE;
  const message = cleanMessage(text);
  const reading = readClean(message);
  return reading.kind === 'none' || message.noticeId === undefined ? reading : { ...reading, noticeId: message.noticeId };
}

const PUT_RIGHT = /^(?:[哦噢呃啊哎]\s*)?(?:不对|不是|错了|搞错了|看错了|说错了|弄错了|记错了)/u;

/** The answer to "请问请假原因？": the reason in the member's words, '' for "没有原因", null when it is no reason. */
export function readLeaveReason(text: string): string | null {
  const message = cleanMessage(text);
  if (!message.text || COMMAND.test(canonical(text)) || RETRACT.test(message.text)) return null;
  // "不对，看错日子了，常委会我能去": the answer put right is read afresh, not kept as a reason.
  if (PUT_RIGHT.test(message.text) && ATTEND.test(message.text)) return null;
  const clauses = clausesOf(rewriteForReading(message.text));
  const statements = withoutWordsToTheOffice(clauses.filter((c) => !c.asks).map((c) => c.text));
  if (!statements.length || aboutOtherBusiness(message.text, statements, false)) return null;
  const stance = readStatements(statements);
  // "他4号到8号在义乌参展": after "请假", a reason about the member in the third person is still the reason.
  if (stance?.kind === 'attend' || (stance?.kind === 'unclear' && (UNCERTAIN.test(message.text) || ATTEND.test(message.text)))) return null;
  const reason = reasonOf(statements);
  if (reason) return reason;
  return stance?.kind === 'leave' || NO_REASON.test(message.text) ? '' : null;
}
