/**
 * The signature block of an e-mail pasted in: "Best regards," and, under it, the name, the company
 * and job, the member's seat on the committee, a mobile and an address. The seat says the sector;
 * the company, the job and the address are no part of the report.
 */
const SIGN_OFF = /^[ \t]*(?:best regards|kind regards|warm regards|best wishes|regards|best|many thanks|thanks|thank you|cheers|sincerely|yours sincerely|yours|br)[ \t]*[,，.。!！]?[ \t]*$/iu;
/** "市工商联执委", "市青联委员": the member's seat, its sector named. */
const SEAT = /^[ \t]*(?:\p{Script=Han}{0,4}?[省市区县])?(\p{Script=Han}{2,8}?)(?:界别?)?(?:的)?(?:政协)?(?:委员|常委|执委|会员|主委|副主委)[ \t]*$/u;
/** "十堰华通汽配有限公司 总经理": where the member works, and as what. */
const WORKPLACE = /(?:公司|集团|有限|厂|医院|学校|大学|中心|协会|商会|事务所|研究院|研究所)(?:[ \t]+\p{Script=Han}{2,8})?[ \t]*$|^[ \t]*\p{Script=Han}{0,12}(?:总经理|董事长|经理|总监|院长|校长|局长|所长|律师|医生|教授|老师|主任|科长|处长)[ \t]*$/u;
const ADDRESS = /^[ \t]*(?:传真|地址|单位地址|公司地址|办公地址|住址|fax|add(?:ress)?)[ \t]*[:：]/iu;
/** "M: +86 186…", "Mob: …", "T: …": the phone's label in English. */
const PHONE_LABEL = /^[ \t]*(?:M|Mob|Mobile|Cell|Tel|T|Phone)[ \t]*[:：]/iu;
/** How many lines a signature block runs to at most. */
const BLOCK_LINES = 8;

export function withSignOffBlockRead(lines: string[]): string[] {
  let at = lines.length - 1;
  while (at >= 0 && !SIGN_OFF.test(lines[at]!)) at--;
  if (at < 1 || lines.length - at - 1 > BLOCK_LINES || lines.length - at - 1 === 0) return lines;
  const block = lines
    .slice(at + 1)
    .filter((line) => !ADDRESS.test(line) && !(WORKPLACE.test(line) && !/\d{5}/u.test(line)))
    // ("市政协委员" names no sector: the seat is on the committee itself.)
    .map((line) => line.replace(SEAT, (seat, body: string) => (/政协|人大/u.test(body) ? seat : `界别：${body}`)).replace(PHONE_LABEL, '手机：'));
  return [...lines.slice(0, at), ...block];
}
