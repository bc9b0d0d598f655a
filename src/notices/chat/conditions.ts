import { CONDITIONAL } from './reply-vocabulary.ts';

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
