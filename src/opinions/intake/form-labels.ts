/** Labels a form puts beside another on one line. */
const SECOND_COLUMN_LABEL = /^(?:界别|党派|电话|联系电话|手机|单位|职务|姓名|反映人|联系人|日期|报送日期)$/u;

/** "反 映 人：", "电　　话：": labels padded with spaces in a Word form, written together; Markdown and English labels as labels. */
export function withLabelsClosed(text: string): string {
  // "**问题**" on a line of its own (Markdown bold from a phone note) is a label like "问题：".
  return text
    .replace(/^[ \t]*\*\*([^*\n]{1,12}?)[：:]?\*\*[ \t]*$/gmu, '$1：')
    // "▲问题：", "■建议：": a bullet before a label is layout.
    .replace(/^[ \t]*[▲△■□●○◆◇★☆►▶][ \t]*(?=\p{Script=Han}{1,8}[：:])/gmu, '')
    // "Suggest: ……": an English label typed on a phone.
    .replace(/(?<=^|[\s.。])(?:suggest(?:ion)?s?|proposals?)\s*[:：]\s*/gimu, '建议：')
    .replace(/(?<=^|[\s.。])(?:problems?|issues?)\s*[:：]\s*/gimu, '问题：')
    .replace(/^([ \t]*)((?:\p{Script=Han}[ \t]+){1,4}\p{Script=Han})(?=[ \t]*[：:])/gmu, (_all, lead: string, label: string) => `${lead}${label.replace(/[ \t]+/gu, '')}`)
    // ("反 映 人：鄢红霞        界  别：民盟": a form's second column, spread out the same way.)
    .replace(/(?<=[ \t]{2})((?:\p{Script=Han}[ \t]+){1,3}\p{Script=Han})(?=[ \t]*[：:])/gu, (label: string) => {
      const word = label.replace(/[ \t]+/gu, '');
      return SECOND_COLUMN_LABEL.test(word) ? word : label;
    });
}
