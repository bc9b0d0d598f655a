import { ATTEND, CONDITIONAL, LEAVE } from './reply-vocabulary.ts';

/**
 * A yes or a no on a condition is spread over clauses: the condition, then what follows from it,
 * then often the other branch ("如果手术做得完我就来，做不完就没办法了"). They are read as one
 * condition, which answers nothing until the member says how it turned out.
 */

/** What follows a condition, led by 就: "如果省里的会改期了，我就能参加". */
const THEN = /^(?:那|那么)?(?:我|俺)?[^，。！？]{0,4}?(?:就|便)/u;
/**
 * The other branch after a condition: "做不完就没办法了", "下雪就算了", "下雪了山路一封就出不来". ("除非改签成功，不然赶不回来" says
 * what holds unless the condition is met: it stays a statement.) Said alone
 * ("可能来不了就请个假吧") the same words are a leave, so only after a condition do they belong to it.
 */
const OTHER_BRANCH = /^[^，。！？]{0,8}?(?:的话)?就(?:没办法|没辙|算了|拉倒|不来|不去|来不了|去不了|[出过走赶回下]不(?:来|去|了|到)|请假|只能请假|只好请假|只能|只好)/u;

/** The statements, each condition joined with what follows from it and with its other branch. */
export function withConditionsJoined(statements: string[]): string[] {
  const joined: string[] = [];
  for (const clause of statements) {
    const last = joined.at(-1);
    // ("要是那天上午的庭开得完，下午就来": a time may stand before the 就.)
    if (last !== undefined && CONDITIONAL.test(last) && OTHER_BRANCH.test(clause)) joined[joined.length - 1] = `${last}，${clause}`;
    else if (last !== undefined && CONDITIONAL.test(last) && THEN.test(clause)) joined[joined.length - 1] = `${last}${clause}`;
    else joined.push(clause);
  }
  return joined;
}

/** "如果不用发言我就去听听，要发言的话我准备一下也去": a yes on a condition and on its opposite, one said to hold either way. */
export function comesEitherWay(all: string[]): boolean {
  const comesIf = (clause: string) => CONDITIONAL.test(clause) && (ATTEND.test(clause) || /就(?:能|会)?(?:去|来|到|参加)/u.test(clause)) && !LEAVE.test(clause);
  const negated = (clause: string) => /不|没/u.test(clause);
  return all.length >= 2 && all.every(comesIf) && all.some((clause) => /也(?:要|会|得)?(?:去|来|参加|到)|照样|照常/u.test(clause)) && all.some(negated) && !all.every(negated);
}

/** "只要不出差肯定到，目前还没有出差安排": a yes unless something happens, and it is said not to. */
export function conditionMet(all: string[]): boolean {
  const [condition, ...after] = all;
  if (!condition || !CONDITIONAL.test(condition) || LEAVE.test(condition) || !/到|去|来|参加/u.test(condition) || after.length === 0) return false;
  const unless = /(?:只要|如果|要是)(?:那天)?不(\p{Script=Han}{2})/u.exec(condition);
  if (unless && after.every((clause) => new RegExp(`(?:没有|没|不)[^，。！？]{0,3}${unless[1]}`, 'u').test(clause))) return true;
  // "如果不下雨就去，天气预报说那天晴天", "…就来，车票已经买好了", "…就来，刚问了领导，那天没安排": said to hold.
  return after.every((clause) => HOLDS.test(clause));
}

/** What is said to settle a condition in the member's favour. */
const HOLDS = /(?:已经|刚|都|也)?(?:跟[\u4e00-\u9fff]{1,4})?(?:确认|问|买好|订好|安排好|排开|请好|调开)(?:过)?了|(?:没|没有)(?:排|安排|任务|事)|天气预报说[^，。！？]{0,6}(?:晴|不下雨)/u;
