import type { Opinion } from './types.ts';

/**
 * "等等 数字我还没核实 先不提交了 取消吧", said right after the receipt: the member would take back a
 * report already with the office. The bot cannot take it back; it says so, with the number, and
 * who can. Nothing is changed.
 */

/** How long after a submission such words are read as about it. */
export const JUST_SUBMITTED_MS = 30 * 60 * 1000;

const TAKES_BACK = /(?:先)?(?:不|别)(?:提交|报|交|发)了|撤回|撤销|收回来|(?:^|[，,\s])取消(?:吧|掉|提交)?[。！!]*$|(?:还)?没(?:核实|核对|想好|写好)[^，,。]{0,6}(?:先)?(?:不|别)/u;

export function takesBackASubmission(text: string): boolean {
  return TAKES_BACK.test(text.trim());
}

export function renderCannotTakeBack(opinion: Opinion): string {
  return `《${opinion.fields.title}》（编号 ${opinion.number}）已经提交到市政协办公室，助手里不能撤回。如需撤回或修改，请直接联系市政协办公室，并说明编号。`;
}
