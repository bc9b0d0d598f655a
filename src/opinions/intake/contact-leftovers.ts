import { isPersonName } from './person-name.ts';
import { withoutNameSpelledOut } from './said-surname.ts';
import { changedSector } from './sector-change.ts';
import { readPart } from './signature-clauses.ts';
import { partyOfTheTeller } from './contact-forms.ts';
import { isSelfIntroduction, sectorMentions, type Sector } from './sectors.ts';
import type { ContactDetails } from './contact.ts';

/**
 * The edges of reading who reports a matter: speech forms turned into the plain ones before
 * reading, and what the rest of the message still says once the details are taken out.
 */

/**
 * Dialect and speech forms of an introduction: 俺 (Henan, Shandong) and 额 (Shaanxi) for 我, Wu 额 for 的,
 * Cantonese 我系 and 嘅, pauses like 我呢是, the lead-in "我先报一下家门：", 我交 typed for 我叫,
 * and a closing "以上是…反映".
 */
export function spokenForms(message: string): string {
  return message
    .replace(/俺(?=叫|是|的|名)/gu, '我')
    .replace(/(?<![金数余限份定面总差])额(?=叫|是|的名|名)/gu, '我')
    .replace(/我系(?!统|列)/gu, '我是')
    // "本人姓易名明远": the surname and the given name said apart, in the old way.
    .replace(/(?:我|本人)?姓(\p{Script=Han})名(\p{Script=Han}{1,2})(?=$|[，,。；;！!\s])/gu, '我叫$1$2')
    // "我姓詹詹国强": the surname, then the whole name.
    // (Not "我姓向，向阳的向": how the surname is written.)
    .replace(/(?:我|本人)姓(\p{Script=Han})[，,\s]*(?=\1[^\s的，,。]{1,2}(?!的))(?!\1\p{Script=Han}{0,3}的\1)/gu, '我叫')
    .replace(/(?<=界|界别|党|盟|学社|联|会|社)嘅|嘅(?=委员|常委)/gu, '的')
    .replace(/我(?:呢|啊|嘛)(?=是|叫)/gu, '我')
    // "我们界是新闻界的", "我们支部是民盟郧阳区总支的": the member's circle named, said of the member.
    .replace(/(?<=^|[，,。；;！!\s]|\p{Script=Han})(?:我们|咱们|我所在的?)(?:界别?|党派|支部|总支|支社)(?:是|属于)(?=\p{Script=Han}{2})/gu, '我是')
    // "叫俺老孙就中，大名孙建国": how to call the member is no detail; the full name said alone is theirs.
    .replace(/[，,\s]*叫(?:我|俺)(?:老|小)\p{Script=Han}(?:就)?(?:行|中|好|可以|成)(?:了|啦)?(?=$|[，,。！!\s])/gu, '')
    .replace(/(?<=^|[，,。；;！!\s])(?:大名|全名|真名|本名)(?:是|叫)?(?=\p{Script=Han}{2,4}(?:$|[，,。；;！!\s]))/gu, '我叫')
    .replace(/(?:我)?先(?:报一下|报个|说一下|说下)(?:家门|我的信息|信息|我是谁|我自己)[：:，,]?|(?:先)?把我(?:的)?信息报给你[：:，,]?/gu, '')
    // "我（政协委员、民建会员黄河，电话189…）最近……": who the member is, said in brackets after 我.
    .replace(/我[（(]([^（）()\n]{0,20}?(?:委员|会员|界)[^（）()\n]{0,40})[）)]/gu, '我是$1。我')
    // "……电话150… 然后说事：": where the introduction ends and the story begins.
    .replace(/[，,\s]*(?:然后|下面|接下来)(?:说事|说正事|说情况|说问题|说一下事情?)[：:，,]\s*/gu, '。')
    // Henan 嘞 and 哩 closing a sector: "俺是民建嘞".
    .replace(/(?<=界|党|盟)哩|(?<=界|党|盟|建|进|革|学社|联|口)[哩嘞](?=$|[，,。！!\s])/gu, '的')
    // Wu 额 closing a clause: "我是民进额", "名字可以写额".
    .replace(/(?<=界|党|盟|进|建|革|学社|联|会|写|是)额(?=$|[，,。！!\s])/gu, '的')
    // "以上是县三中教师裴红霞反映": the closing attribution line says who reports it.
    .replace(/以上(?:内容|情况|信息|意见)?(?:是|系|由|为)([^，,。！!\n]{2,16}?)(?:委员)?(?:反映|提供|报送)(?:的)?/gu, '我是$1')
    // "我交刘志刚，": pinyin input's sound-alikes of 叫, taken only before a name closed by a pause.
    .replace(/(?<=^|[，,。！!\s]|您好|你好)我(?:交|较|角|娇)(\p{Script=Han}{2,4})(?=$|[，,。！!\s])/gu, (all, name: string) => (isPersonName(name) ? `我叫${name}` : all));
}

/** Someone writing for the account's owner: "我爸让我帮他发的", "替老杨报一条", "我替我爸发的". */
const RELAYED_FOR =
  /(?:让|叫|托)我(?:帮|替)(?:他|她)|(?:帮|替)(?:他|她)(?:发|报|反映|转)|(?:替|帮|代)(?:我|俺)?(?:爸|妈|父亲|母亲|老爸|老妈|老伴|爱人|老公|丈夫|妻子|媳妇|爷爷|奶奶|外公|外婆|公公|婆婆|岳父|岳母)(?:发|打|报|反映|写)/u;
const RELAYED_OWNER = /(?<=^|[，,。；;\s])(?:他|她)(?=是|叫)/gu;

/** "我爸让我帮他发的，他是农工党的委员": written for the owner, 他是 says who reports it. */
export function asSaidByTheMember(message: string): string {
  return RELAYED_FOR.test(message) ? message.replace(RELAYED_OWNER, '我') : message;
}

/** The rest without the clauses that told the change, some of which the introduction took already. */
function withoutChange(rest: string, told: string): string {
  let left = rest;
  for (const clause of told.split(/[，,]/u).map((c) => c.trim()).filter(Boolean)) left = left.replace(clause, '');
  return left.replace(/[，,]?(?:这一?届|本届|新一届|现在|今年)(?:我)?(?=$|[，,。])/u, '').replace(/^[，,。\s]+|[，,\s]+$/gu, '').replace(/[，,]{2,}/gu, '，');
}

/** "老政协委员了民革的": a fragment ending with a sector and its closing words. */
function sectorEnding(fragment: string, sectors: readonly Sector[]): string | undefined {
  const closed = fragment.replace(/(?:的|界|界别)?(?:政协)?(?:委员|常委)?$/u, '');
  return sectors.find(({ aliases }) => aliases.some((alias) => closed.endsWith(alias)))?.name;
}

const SELF_NAMED = /(?<=^|[，,。！!\s])我(\p{Script=Han}{2,3}?)(?=在|是|做|干|开|当|从|今年|已经|退休|一直|这些年|这辈子)/u;
const CALL_ME =
  /(?:(?:^|(?<=[。；;！!—\n\s])|[，,])(?:有(?:需要|问题|疑问|兴趣)[^，,。；;！!—\n]{0,8}?的?)?|有(?:啥|什么)(?:问题|事|要核实的|需要核实的))(?:都)?(?:可以|随时|欢迎)?(?:打|找|联系|致电|电话联系|问)(?:我|本人)(?:办公室|单位|家里)?(?:座机|手机|电话)?(?:了解|核实|咨询|详谈)?(?:情况)?(?:就行|即可)?(?:[，,\s]*(?:或者?|或是))?(?=$|[，,。；;！!—\n\s])/gu;
/**
 * "具体情况可以联系我", "有什么情况打", "你们要核实的话可以电话问我", "如需了解具体情况可致电": the lead-in
 * to the member's number, left once the number is taken out.
 */
const CALL_ME_ABOUT_IT =
  /(?:[，,]|(?<=^|[。；;！!\n\s]))\s*(?:具体情况|详细情况|具体的?情况|详情|如需了解[^，,。；;！!\n]{0,6}|需要了解[^，,。；;！!\n]{0,6}|有(?:什么|啥)(?:情况|事|问题)|[^，,。；;！!\n]{0,20}?核实的话)(?:可以|可|请|随时|欢迎|就)?(?:打|致电|拨打|电话问|打电话问|联系|电话联系|问)(?:我|本人)?(?=$|[，,。；;！!\n\s])/gu;
/** "这个是我电话，先记一下": saying whose number it is, or to note it down, is no story. */
const NUMBER_GIVEN =
  /(?:^|(?<=[。；;！!—\n])|[，,])\s*(?:(?:这个?|这)是我的?(?:电话|手机|号码|手机号)(?:号码)?|(?:你|您)?(?:先)?记(?:一)?下(?:来)?(?:吧|哈)?|(?:你|您)?先记着)(?=$|[，,。；;！!—\n])/gu;
const ALREADY_HELD = /(?<=^|[，,。！!])[^，,。！!\n]{0,10}(?:已经绑定|绑定过|你(?:们)?那边(?:都)?有(?:我的)?(?:信息|资料|名字|登记)?)[^，,。！!\n]{0,10}[，,。！!]?/gu;
const NAME_SLIP = /(?:(?:哦|噢|啊)?(?:不对|打错了?|说错了?|写错了?)[了，,。\s]*)+(?:应该)?(?:是)?(\p{Script=Han}{2,4}?)(?=[，,。\s]|$)/u;
const SLIP_WORDS = /(?:哦|噢|啊)?(?:不对|打错了?|说错了?|写错了?)[了，,。\s]*/gu;
const NOW_AND_THEN = /上一届|上届|以前|原来|之前|过去|换到|改到|这一届|这届|现在/u;

/**
 * What the member does, said with who they are: "做跨境电商的", "在疾控搞水质检测", "一个退休的水利工程师",
 * "从加拿大回来的", "前年从北京回老家开了个民宿". It introduces the reporter, not the matter.
 */
const OCCUPATION = new RegExp(
  [
    '(?:我)?(?:是)?(?:(?:前年|去年|今年|早年|这几年|那年|原来|以前|之前|退休前)?(?:在|从)[^，,。；;！!\\s]{1,14}?(?:工作|上班|教书|当[^，,。；;！!\\s]{1,8}|做[^，,。；;！!\\s]{1,8}|搞[^，,。；;！!\\s]{1,8}|干[^，,。；;！!\\s]{1,12}|开了?[^，,。；;！!\\s]{1,8}|投资了?[^，,。；;！!\\s]{1,8}|回来的|回老家[^，,。；;！!\\s]{0,10}))',
    '(?:我)?(?:是)?(?:做|干|搞|开)[^，,。；;！!\\s]{1,8}的',
    // (Not "我们乡中学31个老师": a count of people is the story.)
    '(?:我)?(?:是)?(?:一个|一名|一位)?(?:退休的|退下来的)?(?!我们)[^，,。；;！!\\s\\d个]{0,10}(?:工程师|医生|大夫|老师|教师|律师|负责人|老板|经理|护士|会计|记者|店主|厂长|院长|校长)',
  ].map((form) => `(?:${form})`).join('|'),
  'u',
);
const OCCUPATION_LEAD = new RegExp(`^[ \\t]*(?:${OCCUPATION.source})(?:[，,、\\s]+|[。；;！!]\\s*|$)`, 'u');

/** The rest without the member's occupation, said first where the introduction was taken out. */
function withoutOccupationLead(rest: string): string {
  const greeting = /^[ \t]*(?:您好|你好)[！!，,。\s]*/u.exec(rest)?.[0] ?? '';
  let left = rest.slice(greeting.length);
  for (let match = OCCUPATION_LEAD.exec(left); match && match[0] !== ''; match = OCCUPATION_LEAD.exec(left)) left = left.slice(match[0].length);
  return `${greeting}${left}`;
}

/**
 * "我是少数民族界的委员 土家族 向秀英", "我是对外友好界的委员，在旅行社做入境游，名字叫黎思敏": the
 * name said a few clauses after the sector, in the same introduction.
 */
const SECTOR_CLAUSE = /^(?:我是|我)?\p{Script=Han}{0,8}(?:界|党|学社|民盟|民建|民进|九三|致公|台盟|无党派|工商联|侨联|妇联|科协)(?:别)?(?:的)?(?:委员|常委|会员|盟员|社员)?$/u;

/**
 * Voice input runs an introduction into the story with pauses for commas: "我科协的 在疾控搞水质检测
 * 叫谭晓军 跟您反映个事 今年……", "九三学社的 张建国 说个事：……". A clause naming only a sector, and
 * next to it one naming only a person (or 叫 one), are who reports it.
 */
function spokenIntroduction(rest: string, sectors: readonly Sector[]): { name: string; sector: string; rest: string } | null {
  const clauses = [...rest.matchAll(/[^，,。；;：:！!\s]+[，,。；;：:！!\s]*/gu)];
  for (const [i, match] of clauses.entries()) {
    const said = match[0].replace(/[，,。；;：:！!\s]+$/u, '');
    if (!SECTOR_CLAUSE.test(said)) continue;
    // ("我科协的": 我科 would read as "my department".)
    const sector = sectorMentions(said.replace(/^我是?/u, ''), sectors)[0]?.name;
    if (!sector) continue;
    for (const j of [i + 1, i + 2, i - 1]) {
      const near = clauses[j]?.[0];
      const name = near ? /^(?:我)?(?:叫|名叫|名字叫)?(\p{Script=Han}{2,4})$/u.exec(near.replace(/[，,。；;：:！!\s]+$/u, ''))?.[1] : undefined;
      if (name && isPersonName(name)) return { name, sector, rest: rest.replace(match[0], '').replace(near!, '') };
    }
  }
  return null;
}

function nameAfterTheSector(rest: string): { name: string; rest: string } | null {
  const clauses = [...rest.matchAll(/[^，,。；;！!\s]+[，,。；;！!\s]*/gu)].slice(0, 4);
  const sectorSaid: string[] = [];
  for (const match of clauses) {
    const said = match[0].replace(/[，,。；;！!\s]+$/u, '');
    // ("环资界委员 鲁国栋": the sector said bare before the name goes with it.)
    if (SECTOR_CLAUSE.test(said)) sectorSaid.push(match[0]);
    const name = /^(?:我)?(?:名字)?(?:叫|是)?(\p{Script=Han}{2,4})$/u.exec(said)?.[1];
    if (name && isPersonName(name) && (said !== name || Array.from(said).length <= 4)) {
      return { name, rest: [match[0], ...sectorSaid].reduce((left, part) => left.replace(part, ''), rest) };
    }
    // The story begins: nothing further on is the introduction.
    if (Array.from(said).length > 12) break;
  }
  return null;
}

/** "我是县一中的校长龚建华教育界的": the name right after the post the member holds, in an introduction. */
const POST_LEAD = /(?:我是|本人是|我系)[^，,。！!？?\s]{0,12}?(?:校长|院长|园长|医生|大夫|老师|教师|主任|书记|经理|局长|所长|站长|会长|护士长|主席|董事长|厂长|村长|律师)(?=\p{Script=Han}{2})/u;

function nameAfterThePost(rest: string, sectors: readonly Sector[]): { name: string; sector?: string; rest: string } | null {
  const lead = POST_LEAD.exec(rest);
  if (!lead) return null;
  const from = lead.index + lead[0].length;
  // Three characters or two: whichever is followed by a pause, the number, or the sector.
  for (const length of [3, 2]) {
    const name = rest.slice(from, from + length);
    const after = rest.slice(from + length);
    const sector = /^(\p{Script=Han}{1,8}?(?:界|党|学社|民盟|民建|民进|九三|致公|台盟|无党派|工商联))(?:别)?(?:的)?(?:委员)?/u.exec(after);
    const named = sector ? sectorMentions(sector[1]!, sectors)[0]?.name : undefined;
    if (!isPersonName(name) || !(named || /^(?:$|[，,。！!\s]|电话|手机)/u.test(after))) continue;
    const end = from + length + (named && sector ? sector[0].length : 0);
    return { name, ...(named && { sector: named }), rest: `${rest.slice(0, lead.index)}${rest.slice(end)}` };
  }
  return null;
}

/** "……。刘芳芳民盟有事打我电话": a name and sector run together, closing the message. */
const GLUED_SIGNATURE = /(?<=^|[，,。！!；;\s])(\p{Script=Han}{2,3}?)(民盟|民建|民进|九三学社|致公党|农工党|台盟|无党派|工商联|\p{Script=Han}{1,4}界)(?:的)?(?:委员)?(?:有事|有问题)?(?:可以|随时)?(?:打|找|联系)?(?:我)?(?:电话)?[，,。！!\s]*$/u;

/** "……每个月清一次 民进张伟": the sector first, then the name, closing the message. */
const GLUED_SECTOR_FIRST = /(?<=^|[，,。！!；;\s])(民盟|民建|民进|九三学社|九三|致公党|致公|农工党|农工|台盟|无党派|工商联|\p{Script=Han}{1,4}界)(?:的)?(\p{Script=Han}{2,3})[，,。！!\s]*$/u;

function gluedSignature(rest: string, sectors: readonly Sector[]): { name: string; sector: string; rest: string } | null {
  const match = GLUED_SIGNATURE.exec(rest);
  const sector = match ? sectorMentions(match[2]!, sectors)[0]?.name : undefined;
  if (match && sector && isPersonName(match[1]!)) return { name: match[1]!, sector, rest: rest.slice(0, match.index).trim() };
  const first = GLUED_SECTOR_FIRST.exec(rest);
  const named = first ? sectorMentions(first[1]!, sectors)[0]?.name : undefined;
  return first && named && isPersonName(first[2]!) ? { name: first[2]!, sector: named, rest: rest.slice(0, first.index).trim() } : null;
}

/** The details once what the rest of the message says is weighed; `sectorsSaid` in reading order. */
export function withWhatIsLeft(read: ContactDetails, message: string, sectorsSaid: readonly string[], sectors: readonly Sector[]): ContactDetails {
  const details = { ...read };
  // "名单上我的界别是经济界，那是上一届的，这一届我是工商联界别的": the sector said as the current one.
  if (new Set(sectorsSaid).size > 1 && NOW_AND_THEN.test(message)) details.sector = sectorsSaid.at(-1);
  // "原来是共青团界别的，这届换到新闻出版界了": the sector said for this term, out of the story.
  const changed = changedSector(message, sectors);
  if (changed) Object.assign(details, { sector: changed.sector, rest: withoutChange(details.rest, message.slice(changed.start, changed.end)) });
  // "我叫贺长林是老政协委员了民革的": what is left of a run-on introduction may still name the sector.
  const after = details.name && !details.sector ? /(?<=^|\n)[ \t]*(?:也)?是([^，,。！!？?\n]{1,14})[ \t]*(?=$|\n)/u.exec(details.rest.trim()) : null;
  const sectorAfter = after?.[1] ? sectorEnding(after[1], sectors) : undefined;
  if (after && sectorAfter) Object.assign(details, { sector: sectorAfter, rest: details.rest.trim().replace(after[0], '').trim() });
  // "我刘长顺在公交上开了二十八年车": the name said right after 我, in the story (it stays there).
  const storyName = details.name ? null : SELF_NAMED.exec(message)?.[1];
  if (storyName && isPersonName(storyName)) details.name = storyName;
  // "我叫刘洋，哦不对打错了，刘阳": the name put right straight away.
  const slip = details.name ? NAME_SLIP.exec(message) : null;
  const righted = slip?.[1];
  if (righted && details.name && righted !== details.name && isPersonName(righted) && righted.charAt(0) === details.name.charAt(0)) {
    details.name = righted;
    details.rest = details.rest.replace(SLIP_WORDS, '');
  }
  // "姓蒲，蒲正清", "我叫陈桂芳，耳东陈，桂花的桂": how the name is written is no story.
  if (details.name) details.rest = withoutNameSpelledOut(details.rest, details.name);
  // "有需要核实的随时打我", left once the number is out: an offer to be called is no story.
  if (details.phone) details.rest = details.rest.replace(CALL_ME, '').replace(CALL_ME_ABOUT_IT, '').replace(NUMBER_GIVEN, '').replace(/^[，,。\s]+/u, '').replace(/^(?:这个?是)[，,。\s]*$/u, '');
  // "我已经绑定过了，名字界别你那边都有": a remark on what the office already holds is no story.
  details.rest = details.rest.replace(ALREADY_HELD, '').replace(/^[，,。\s]+/u, '');
  // "——顺便说一下我是农工党的何春生……——": the lead-in to the details goes with them.
  if (details.name || details.phone) details.rest = details.rest.replace(/(?:顺便|顺带|另外)(?:说|讲|提|报)(?:一下|下)[，,]?(?=[，,]?(?:——|$|\n))[，,]?/gu, '').replace(/——\s*——/gu, '——');
  if (details.sector === undefined) {
    // "作为民盟的委员，我……" names the sector inside a sentence that stays in the story.
    const mention = sectorMentions(message, sectors).find((m) => isSelfIntroduction(message, m));
    const party = mention ? undefined : partyOfTheTeller(message, sectors);
    if (mention ?? party) details.sector = mention?.name ?? party;
  }
  // "…运营补贴我是经济界的电话134…": a run-on's introduction closing what is left, once its sector is read.
  const closing = details.sector && (details.name || details.phone) ? /(?<=\p{Script=Han})我是([^，,。！!？?\n\s]{1,10}?)(?:的)?(?:委员)?$/u.exec(details.rest.trim()) : null;
  if (closing?.[1] && sectorEnding(closing[1], sectors) !== undefined) details.rest = details.rest.trim().slice(0, -closing[0].length);
  const glued = !details.name && !details.sector ? gluedSignature(details.rest, sectors) : null;
  if (glued) Object.assign(details, glued);
  const posted = !details.name ? nameAfterThePost(details.rest, sectors) : null;
  if (posted) Object.assign(details, { name: posted.name, rest: posted.rest, ...(posted.sector && !details.sector && { sector: posted.sector }) });
  const spoken = !details.sector && !details.name ? spokenIntroduction(details.rest, sectors) : null;
  if (spoken) Object.assign(details, spoken);
  const named = details.sector && !details.name ? nameAfterTheSector(details.rest) : null;
  if (named) Object.assign(details, { name: named.name, rest: withoutNameSpelledOut(named.rest, named.name) });
  // "张伟，做跨境电商的。我们产业园……": what the member does goes with who they are.
  if (details.name || details.sector) {
    details.rest = withoutOccupationLead(details.rest);
    // "我叫周德顺 原来在区里工作 无党派": the sector said after what the member does.
    const part = details.sector === undefined ? readPart(details.rest.trim(), sectors) : null;
    if (part?.sector && part.name === undefined) Object.assign(details, { sector: part.sector, rest: '' });
  }
  // "我是退休老师": a bubble saying only what the member does introduces them, and tells no story.
  else if (/^[ \t]*我是/u.test(details.rest) && withoutOccupationLead(details.rest).trim() === '') details.rest = '';
  return details;
}
