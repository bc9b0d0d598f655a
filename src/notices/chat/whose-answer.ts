import { surnameOf } from '../../shared/surnames.ts';
import { ATTEND, CONDITIONAL, LEAVE } from './reply-vocabulary.ts';

/**
 * Whose answer a notice reply gives: the member's own, the account owner's passed on by someone
 * writing for them, or someone else's that the member only mentions.
 */

/** 李委员托我帮他请个假 / 他在外地 / 另外张建国委员来不了: about someone else, not the member's own answer (老头子 is the speaker or the family; 老早, 老是, 老毛病, 老寒腿 are no one). */
// "我们界别小李请假了，我参加": someone called 小李 or 老李 who is not coming is someone else;
// "帮我同事李委员也请个假": so is a colleague the member asks leave for; "我爱人5号请了假陪我": the spouse's own leave.
const THIRD_PARTY =
  /[老小](?![区时候学孩朋伙姑年板人])\p{Script=Han}(?=(?:也|都|已经)?(?:请假|请了假|去不了|来不了|不去|不来|参加不了))|(?:我|俺)?(?:爱人|老公|老婆|媳妇|老伴|孩子|儿子|女儿|闺女)(?:(?:\d{1,2}[号日]|那天|也)?请了?(?:个)?假|(?:(?![我俺])[^，。！？]){1,12}?请了(?:个)?假)|托我|帮他|帮她|替他|替她|代他|代她|(?:帮|替|给|代)(?:我|我们)的?(?:同事|朋友|同学|老乡|邻居|搭档)|^(?:他|她)(?!们)|[\u4e00-\u9fff]{1,3}(?:说|讲)(?:他|她)|^(?:另外|还有|此外|对了|顺便说一?下|再就是)?(?![我咱])(?:[\u4e00-\u9fff]{1,2}(?:委员|主任|秘书|老师|局长|主席|总)|老(?![人伴家婆公妈爸母父板师丈乡岳头娘爹爷太早是实病寒胃腰样习]|毛病)[\u4e00-\u9fff]|小[\u4e00-\u9fff](?=[说那也]))(?!代|替)/u;

/** "另外李建华委员…": someone named in full with a title, when the name starts with a surname (not "麻烦跟主席"). */
const FULL_NAME = /^(?:另外|还有|此外|对了|顺便说一?下|再就是)?((?:(?![跟找给向和让请对与帮替同把被])\p{Script=Han}){3})(?:委员|主任|秘书|老师|局长|主席)/u;

/** "我们局长5号也要去市里开会", "我们界别的刘委员和陈委员都去不了", "我们界别的小赵…": people of the member's unit or sector. */
// ("我们单位书记让我去陪同省里检查": where they send the member is the member's own; "我们主任让我跟你说…" passes on theirs.)
const OUR_PEOPLE = /^(?:我们|咱们|俺们)(?:(?:界别|单位|支部|小组|科室|公司|学校|医院|党派|[\u4e00-\u9fff]{1,3}界)的?[老小](?![区时候学孩朋伙姑年板人])[\u4e00-\u9fff]|[\u4e00-\u9fff]{0,4}?的?[\u4e00-\u9fff]{0,2}(?:委员|主任|秘书|老师|局长|主席|总|领导|同事|院长|校长|书记|经理|会长|处长|科长))(?!\p{Script=Han}{0,2}(?:让|叫|派|要|安排)(?:我|俺)(?:去|到|陪|出差|值班|接待))/u;
/** Two people named together, or 他们: a message about several is no one member's own answer passed on. */
const SEVERAL_PEOPLE = /[\u4e00-\u9fff]{1,3}(?:委员|主任|主席|局长|老师|秘书)(?:和|跟|与|、)[\u4e00-\u9fff]{1,3}(?:委员|主任|主席|局长|老师|秘书)|他们|她们/u;

/** "我爱人接的电话说我请假", "我老伴说我肯定又要请假": what someone else said of the member, which the member may go on to deny. */
const SAID_OF_ME = /(?:爱人|老伴|老婆|媳妇|老公|那位|那口子|屋里的|家里人|家里|孩子|同事|秘书|领导|别人|人家|她|他)[^，,。！!？?\s]{0,8}(?:说|讲|以为|猜|替我说)(?:我)/u;

/** "已经请假了": a leave reported as done, said of whoever the clause before was about. */
const LEAVE_TAKEN = /^(?:已经|也|都)?(?:请了(?:个)?假|请过假|请好假|请假了)(?:了)?$/u;

function aboutSomeoneElse(clause: string): boolean {
  const name = FULL_NAME.exec(clause)?.[1];
  return THIRD_PARTY.test(clause) || OUR_PEOPLE.test(clause) || (name !== undefined && surnameOf(name) !== undefined);
}

/** Writing on the account owner's behalf: "我是老张爱人，替他回一下", "我是王委员的秘书，帮她请个假" (屋里的, in Hubei, is the wife). */
export const WRITING_FOR = /我是[^，,。]{0,10}(?:爱人|老伴|老婆|媳妇|老公|屋里的|屋里人|家里人|家属|秘书|助理|女儿|儿子|闺女|家人|司机|同事|办公室的|单位的)/u;
// "帮我妈回个话", "代张委员回复：": the account's owner, a relative or named with a title; "用他手机回一下": on their phone.
const FOR_THE_OWNER = /(?:用|拿)(?:他|她)的?(?:手机|微信)(?:帮(?:他|她))?(?:回|回复|答复|说)|(?:替|帮|代)(?:他|她|我?(?:妈|爸|母亲|父亲|爱人|老公|老婆|媳妇|老伴|婆婆|公公)|(?:我们家|我家|俺家|家里)的?(?:老头子|老头儿?|老爷子|老太太|老太婆|老伴儿?|那口子|那位)|[\u4e00-\u9fff]{1,3}(?:主任|总|委员|主席|局长|院长|校长|老师|律师|医生|书记|部长|处长|经理|董事长))(?:回|回复|答复|回个话|回个信|请个?假|说一下|说)/u;

/** "陈委员托我问一下，她能不能请假": a question passed on for someone else is no answer of the member's. */
export const ASKING_FOR_SOMEONE_ELSE = /(?:托|让|叫|请)我(?:帮(?:他|她|忙)?)?(?:问|打听)|(?:帮|替|代)(?:他|她|[\u4e00-\u9fff]{1,4}(?:委员|主任|老师|秘书))(?:问|打听)/u;

/** "张委员让我转告", "我爸……让我在微信上回一下": the account's owner has someone pass the answer on. */
// "我爸让我帮他回一下", "让我拿她手机回一下": replying for him is writing on his account ("让我替他说一声" may be about someone else).
// ("…他这几天在成都出差，让我回个请假": the leave itself is what the writer is told to send.)
export const RELAYED = /(?:让|托|叫|交代)我(?:(?:拿|用)(?:他|她)的?(?:手机|微信))?(?:转告|跟您?说|跟你们说|说一声|说一下|回一下|回复一下|回复(?=[：:])|在微信上回|[帮替代][他她]回(?:复)?一下|帮着?回(?:复)?一下|回个(?=请假)|(?:[帮替代][他她])?请个?假)/u;
const RELAYED_LEAD = new RegExp(`^.*?${RELAYED.source}(?:一声|一下)?(?:您)?[：:，,]?`, 'u');

/** "我是他爱人他人在医院…", "我是陈委员的秘书陈委员那天…": in a run said without a pause, what follows the writer's own introduction. */
const WRITING_FOR_LEAD = new RegExp(`^${WRITING_FOR.source}(?=(?:[他她]|\\p{Script=Han}{1,3}(?:委员|主任|主席|局长|院长|老师|总))\\p{Script=Han}{6})`, 'u');

/** "替刘主任回复一下：刘主任5号…": what follows the colon is the owner's answer. */
const FOR_THE_OWNER_LEAD = new RegExp(`^.*?${FOR_THE_OWNER.source}[^：:]{0,4}[：:]`, 'u');

/**
 * The member's own clauses: no conditions, nothing about someone else. "我到，另外赵委员那天出差，来不了":
 * a clause with no subject of its own goes on about the person just named, when the member
 * answers elsewhere; with no other answer it may be the member's own ("李委员去不了。请假").
 */
function ownClauses(all: string[]): string[] {
  const others = new Set<number>();
  const saidOfMe = new Set<number>();
  all.forEach((clause, i) => {
    const goesOn = others.has(i - 1) && !saidOfMe.has(i - 1) && !/我|本人|咱/u.test(clause) && (LEAVE.test(clause) || !ATTEND.test(clause));
    if (aboutSomeoneElse(clause) || goesOn) others.add(i);
    else if (SAID_OF_ME.test(clause)) {
      // What someone said of the member counts only when the member says nothing of their own.
      others.add(i);
      saidOfMe.add(i);
    }
  });
  const own = all.filter((clause, i) => !CONDITIONAL.test(clause) && !others.has(i));
  const answers = own.some((clause) => ATTEND.test(clause) || LEAVE.test(clause));
  // ("她5号来不了，家里有事": a circumstance going on about someone else stays theirs.)
  // ("我们单位小李要去党校培训，请假了": a leave reported done goes on about them too.)
  return answers ? own : all.filter((clause, i) => !CONDITIONAL.test(clause) && !aboutSomeoneElse(clause) && (!others.has(i) || (LEAVE.test(clause) && !LEAVE_TAKEN.test(clause)) || ATTEND.test(clause)));
}

/** The clauses that answer for the account's owner: the member's own, or the owner's when written for them. */
export function ownStatements(all: string[]): string[] {
  // "我是老张爱人，替他回一下": someone answering for the account's owner speaks for them.
  const whole = all.join('，');
  // "张委员让我转告：他参加" with no answer of the writer's own: the owner's answer, passed on.
  // The relaying words themselves ("我爸让我回一下：参加") are no answer of the writer's own.
  // ("我自己没问题，去": the member's own answer may take the clause after.)
  const answers = (clause: string | undefined) => clause !== undefined && (ATTEND.test(clause) || LEAVE.test(clause));
  const ownAnswer = all.some((clause, i) => !RELAYED.test(clause) && /^(?:我|本人|我自己)(?!是)/u.test(clause) && (answers(clause) || (!/[他她我]/u.test(all[i + 1] ?? '') && answers(all[i + 1]))));
  // "同事让我转告你们，他10号来不了": a colleague or friend is not the account's owner.
  // ("我们界别的小赵两个会都参加，她让我转告一下": nor is someone of the member's sector, named first.)
  const relayed = RELAYED.test(whole) && !ownAnswer && !SEVERAL_PEOPLE.test(whole) && !/(?:同事|朋友|邻居|同学|老乡|别的委员)(?:让|托|叫)我/u.test(whole) && !OUR_PEOPLE.test(whole);
  const forTheOwner = relayed || ((WRITING_FOR.test(whole) || FOR_THE_OWNER.test(whole)) && !/托我|让我|叫我|请我/u.test(whole));
  // ("我是他爱人他手机在我这…这个会他去不了", said by voice in one run: what follows who is writing is the owner's.)
  return forTheOwner
    // ("常委会帮他请个假": the leave asked for the owner is the owner's own.)
    ? all.map((clause) => asTheOwner(clause.replace(RELAYED_LEAD, '').replace(FOR_THE_OWNER_LEAD, '').replace(WRITING_FOR_LEAD, '').replace(/(?<=\p{Script=Han})(?:帮|替|代)(?:他|她)(?=请个?假)/u, ''))).filter((clause) => clause && !CONDITIONAL.test(clause) && !WRITING_FOR.test(clause) && !FOR_THE_OWNER.test(clause))
    : ownClauses(all);
}

/** "他说10号那个会他去的", "他周五去不了", written for the owner: what 他 says and does is the owner's answer, as if said by them. */
function asTheOwner(clause: string): string {
  // ("刚打电话回来说…": what the owner said on the phone.)
  return clause.replace(/^(?:(?:他|她)(?:刚才?|刚刚)?(?:打(?:了个?)?电话(?:回来)?|来(?:了个?)?电话)?|(?:刚才?|刚刚)?(?:打(?:了个?)?电话(?:回来)?|来(?:了个?)?电话))(?:说|讲)(?:了)?/u, '').replace(/(?:他|她)(?=(?:那天|当天|(?:周|星期)[一二三四五六日天]|\d{1,2}[号日])?(?:也|都|肯定|一定|会|能|可以|准时)?(?:去|来|到|参加|出席|请假|不去|不来))/gu, '我');
}

/** Someone named in a relay: 老李, 小王, 张委员, 刘主任. */
const NAMED = String.raw`([老小][\u4e00-\u9fff]|(?:(?![我跟给向和对])[\u4e00-\u9fff]){1,3}?(?:委员|主任|主席|局长|院长|校长|老师|书记|秘书长|总))`;
/** "老李托我跟你们说一声", "张委员说他去不了，让我说一下", "我帮刘委员回一下", "代张委员回复". */
const RELAYING = new RegExp(
  `${NAMED}(?:刚才?)?(?:打电话)?(?:说|讲)?[^。！？]{0,24}?(?:让|托|叫|请)我(?:帮[他她])?(?:转告|转达|跟[你您]们?说|说一声|说一下|回一下|回复一下|回复(?=[：:])|回个话)|(?:帮|替|代)${NAMED}(?:回|回复|答复|请个?假|说一声)`,
  'u',
);

/**
 * The person whose answer a message passes on, when the writer names them and does not say they
 * write for the account's owner ("我是张委员的司机" does): their surname, or their whole word
 * (老李). Whether that is the account's owner only the registry can tell.
 */
export function relayedFrom(text: string): string | null {
  if (WRITING_FOR.test(text)) return null;
  // "我参加。老李说他请假，让我跟你说一声": the member's own answer is there to be read.
  const clauses = text.split(/[，,。！!；;\s]+/u);
  // ("我自己没事，周五见": a clause of the member's own, without 他/她.)
  const own = (clause: string) => !/[他她]/u.test(clause) && !RELAYING.test(clause) && (ATTEND.test(clause) || LEAVE.test(clause) || /见$/u.test(clause));
  if (/(?:^|[，,。！!；;\s])(?:我|本人|我自己)(?!是)/u.test(text) && clauses.some(own)) return null;
  const match = RELAYING.exec(text);
  const named = match?.[1] ?? match?.[2];
  return named ?? null;
}

/** Whether a person named in a relay (老李, 张委员) can be the account's owner, by surname. */
export function couldBeTheOwner(named: string, owner: string | undefined): boolean {
  if (!owner) return false;
  const surname = /^[老小]/u.test(named) ? named.slice(1) : surnameOf(named);
  return surname !== undefined && owner.startsWith(surname);
}
