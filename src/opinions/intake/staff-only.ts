/**
 * Contact details given for the office alone, often with an anonymous report: "联系方式只给工作
 * 人员核实用：林某，159……", "工作人员需要核实可以找我：……，仅供内部联系". The lead-in works as a
 * label for the details after it, and the remark that they stay internal is no story.
 */

const BEFORE = '[^，,。；;！!？?\\n：:]';
const FOR_STAFF = '(?:工作人员|内部|办公室)';
const TO_CHECK = '(?:联系|核实|核对)';
/** A clause ending in a colon that says the details after it are for the staff to check with. */
export const STAFF_ONLY_LEAD = new RegExp(
  `(?<=^|[，,。；;！!？?（(\\s])${BEFORE}{0,16}?(?:${FOR_STAFF}${BEFORE}{0,10}?${TO_CHECK}|${TO_CHECK}${BEFORE}{0,10}?${FOR_STAFF}|找我|联系我)${BEFORE}{0,12}?[：:]\\s*`,
  'gu',
);

/** "仅供内部联系", "不对外公开": a clause of its own beside the details. */
export const STAFF_ONLY_REMARK = /^(?:联系方式|电话|以上信息)?(?:(?:仅|只)(?:供|给|限)(?:内部|工作人员|办公室)(?:联系|核实|使用|参考)?(?:用)?|不对外(?:公开)?)$/u;
