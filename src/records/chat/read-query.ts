/**
 * Reads a member asking for their 履职档案: “我的履职情况”“我今年履职情况怎么样”“查一下我的履职档案”
 * “我参加了几次会”“2025年的履职情况”. The whole message must be such a question (short, nothing else
 * in it), because the feature reading it sits before the dialog engine: a sentence that merely
 * mentions 履职 inside a report or a notice being written must go on to that dialog.
 */

export type RecordQuery =
  /** The asker's own record for `year` (this year unless one was said). */
  | { kind: 'own'; year: number }
  /** Someone named: the feature looks the name up and refuses if it is a member's. */
  | { kind: 'named'; who: string; year: number }
  /** 他的、别人的、全体委员的…: never shown in chat. */
  | { kind: 'others' };

const MAX_CHARS = 40;

const FILLER = /^(?:小助手|助手|你好|您好|请问|请|麻烦(?:你|您)?|帮我|帮忙|能不能|能否|可以)+/u;
const PARTICLES = /(?:吗|呢|啊|呀|吧|哈|嘛|哦|么)+$/u;
const YEAR =
  /在?(?:(?<full>20\d{2})|(?<short>\d{2})|(?<rel>今|去|前|本|上一?))年度?(?:全年|一年|以来|里|内)?的?/u;

const OTHERS = '他|她|别人|别的委员|其他委员|其他人|大家|所有委员|全体委员|每个委员|每位委员|各位委员';
// Self first, then the others, then up to five characters that may be a name (looked up by the feature).
const WHO = `(?:(?<self>我|本人|自己|我个人)|(?<others>${OTHERS})|(?<name>\\p{Script=Han}{2,5}?))?`;
const LEAD = '(?:查(?:一下|询|看|查)?|看(?:一下|看)?|查看|显示|告诉我|给我看看?|我要看|我想看|我想知道|我想了解一下|我想了解|想了解一下|想了解|想知道|了解一下)?';
const TIMES = '(?:几|多少)';

const FORMS: RegExp[] = [
  // 我的履职情况 / 查一下我的履职档案 / 履职情况怎么样
  new RegExp(`^${LEAD}${WHO}的?(?:委员)?履职(?:情况|档案|记录|统计|表现|成绩|数据|总结)(?:怎么样了?|如何|怎样|咋样|是怎样的|查询|有哪些)?$`, 'u'),
  // 我参加了几次会 / 我一共出席了多少次会议 (not 开: “今年开了几次会” asks about the committee)
  new RegExp(`^${WHO}(?:一共|总共|共|都)?(?:参加|出席|参会|去)了?${TIMES}(?:次|场|个)(?:会议?|活动)?了?$`, 'u'),
  // 我请了几次假
  new RegExp(`^${WHO}(?:一共|总共|共)?请了?${TIMES}次假$`, 'u'),
  // 我提交了几条社情民意
  new RegExp(`^${WHO}(?:一共|总共|共)?(?:提交|报送|反映|提|报|写)了?${TIMES}(?:条|篇|件|个|次)社情民意(?:信息)?$`, 'u'),
  // 我有几条社情民意被采用了 / 我的社情民意采用了几条
  new RegExp(`^${WHO}的?(?:社情民意(?:信息)?)?有?${TIMES}(?:条|篇|件|个)(?:社情民意(?:信息)?)?被?采用了?$`, 'u'),
  new RegExp(`^${WHO}的?社情民意(?:信息)?被?采用了?${TIMES}(?:条|篇|件|个)$`, 'u'),
];

/** null when the message is not a question about a 履职档案. `thisYear` is the current year in China. */
export function readRecordQuery(text: string, thisYear: number): RecordQuery | null {
  if (text.length > MAX_CHARS) return null;
  let plain = text.replace(/[\s\p{P}\p{S}]/gu, '').replace(FILLER, '').replace(PARTICLES, '');
  if (!/履职|参加|出席|参会|去|请|社情民意/u.test(plain)) return null;

  let year = thisYear;
  const found = YEAR.exec(plain);
  if (found) {
    const said = yearOf(found.groups ?? {}, thisYear);
    if (said === null) return null;
    year = said;
    plain = plain.slice(0, found.index) + plain.slice(found.index + found[0].length);
    // Two years in one question (“2024年和2025年”) is a comparison this feature does not make.
    if (YEAR.test(plain)) return null;
  }

  for (const form of FORMS) {
    const match = form.exec(plain);
    if (!match) continue;
    const groups = match.groups ?? {};
    if (groups.others) return { kind: 'others' };
    if (groups.name) return { kind: 'named', who: groups.name.replace(/委员$/u, ''), year };
    return { kind: 'own', year };
  }
  return null;
}

function yearOf(groups: Record<string, string | undefined>, thisYear: number): number | null {
  if (groups.full) return Number(groups.full);
  if (groups.short) return 2000 + Number(groups.short);
  switch (groups.rel) {
    case '今':
    case '本':
      return thisYear;
    case '去':
    case '上':
    case '上一':
      return thisYear - 1;
    case '前':
      return thisYear - 2;
    default:
      return null;
  }
}
