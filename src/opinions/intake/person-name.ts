import { normalizeMessage } from '../../shared/normalize-text.ts';
import { defaultSectors, sectorAt, type Sector } from './sectors.ts';
import { surnameOf } from '../../shared/surnames.ts';
import { tagWords } from './tagger.ts';

/**
 * A person's real name in an answer or a self-introduction: "我叫林晓东", "本人徐丽",
 * "我是民盟的徐丽", "联系人:马俊", "欧阳明", "买买提·艾力". A name is a known surname and a
 * given name, which together are not an ordinary word in jieba's dictionary (方便, 黄河, 时间 are)
 * nor a form of address (东哥, 王总, 李老师); names of the Uyghur and other peoples are joined
 * with a dot. Where a name ends in running text, jieba's words decide (徐丽城南路口 → 徐丽).
 */

/** jieba's tags for names, and x for a run it joined without knowing it (徐丽, 林晓东). */
const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nrfg', 'x']);
/** Forms of address and kinship: 东哥, 王总, 李老师, 张师傅 are how people are called, not names. */
const ADDRESS_CHAR = /^[哥姐弟妹总工董老师姨叔伯婶嫂爷奶妈爸家氏某]$/u;
const ADDRESS_WORD =
  /(?:老师|先生|女士|小姐|书记|主任|局长|科长|处长|部长|市长|县长|区长|校长|院长|经理|师傅|同志|委员|主席|老板|医生|律师|教授|博士|总监|队长|所长|站长|厂长|会长|秘书|干事|助理|记者|主编|警官|教练|大夫|护士长|工程师|会计|馆长|行长|董事长|总经理|大爷|大妈|大哥|大姐|哥哥|姐姐|阿姨|叔叔|某某)$/u;
/** A name ending like a place or a thing (张家口, 李家庄, 周转房) is that place or thing. */
const PLACE_END = /[口州市县镇村路街庄屯湾港岛坡沟营堡寨房厅站场所室厂店费款]$/u;
/** Names of the Uyghur, Kazakh and other peoples: parts joined by a middle dot. */
const DOTTED = /^\p{Script=Han}{1,8}(?:[·•・]\p{Script=Han}{1,8}){1,3}$/u;

/** 王老师, 李主任, 张先生: how someone is addressed, which stands for a person but is no name. */
export function isFormOfAddress(text: string): boolean {
  // 老张, 小李, 阿王: a surname called by.
  if (/^[老小阿]\p{Script=Han}$/u.test(text) && surnameOf(text.slice(1))) return true;
  const surname = surnameOf(text);
  const rest = surname ? text.slice(surname.length) : '';
  return rest !== '' && (ADDRESS_CHAR.test(rest) || ADDRESS_WORD.test(text)) && Array.from(rest).length <= 3;
}

/** Whether the whole candidate is a person's name (no surrounding words). */
/** Everyday words that start with a surname character: 谢谢, 高兴, 黄昏 would otherwise pass. */
const NOT_A_NAME = /^(?:祝好|祝安|顺祝|此致|敬礼|谢谢|谢了|感谢|多谢|您好|你好|大家|各位|同志|领导|老师|高兴|方便|明白|万一|于是|花费|江边|马上|文明|金额|常常|路上)/u;

export function isPersonName(candidate: string): boolean {
  if (DOTTED.test(candidate)) return true;
  if (!/^\p{Script=Han}{2,5}$/u.test(candidate) || NOT_A_NAME.test(candidate)) return false;
  // "远远不够", "常常没空": a doubled first character or a negation says words, not a name.
  if (candidate[0] === candidate[1] || /不(?:够|行|了|是|要|会|能|过|到|好|对|错|用|清|知)|没(?:有|空|事|法|人)/u.test(candidate.slice(1))) return false;
  // "改造快点搞完，莫拖": 莫 before a verb is the southwest's and Hubei's "don't", not the surname.
  if (/^莫(?:拖|急|慌|怕|搞|等|管|走|乱|忘|催|嫌|怪|吵|讲|提|再|要|让|把)/u.test(candidate)) return false;
  const precise = tagWords(candidate, false);
  // "辛苦啦", "好的呀": a word closed by a modal particle is said, not someone's name.
  if (precise.length > 1 && /^[啦吧呀呢嘛啊了哦喔咯]$/u.test(precise.at(-1)!.word)) return false;
  const single = precise.length === 1 ? precise[0] : undefined;
  // An ordinary word that happens to start with a surname: 方便, 高兴, 时间, 黄河.
  if (single && !NAME_TAGS.has(single.tag)) return false;
  const surname = surnameOf(candidate);
  if (!surname) {
    // Without a known surname only a name jieba knows as one (阿依古丽), not 老李 or 小王.
    return single !== undefined && single.tag.startsWith('nr') && candidate.length >= 4 && !ADDRESS_WORD.test(candidate);
  }
  const given = candidate.slice(surname.length);
  if (given.length < 1 || given.length > 2 + (single ? 1 : 0) || ADDRESS_CHAR.test(given) || ADDRESS_WORD.test(candidate)) return false;
  // Given names are often ordinary words (春生, 建国), so only a place ending rules one out.
  return !PLACE_END.test(candidate);
}

/** Tags of everyday words a given name may also be: 高洁 (a), 高峰 (n), 文明 (n), 方圆 (n). */
const WORD_NAME_TAGS: ReadonlySet<string> = new Set(['a', 'an', 'n', 'nz', 'ns', 'i', 'l', 'j']);
/** People's roles, which follow 我是…的 as names do: 成员, 会员, 代表. */
const ROLE_NOUN = /^(?:成员|会员|委员|代表|党员|干部|骨干|一员|人员|群众|家属|朋友|同事|老乡|学生|职工|员工|村民|居民|市民|常委)$/u;

/** Words never a name even where one is expected; 文明 and 高兴, words in a story, may be one there. */
const NOT_A_NAME_IN_FRAME = /^(?:祝好|祝安|顺祝|此致|谢谢|谢了|感谢|多谢|您好|你好|大家|各位|同志|领导|老师|方便|明白|万一|于是|花费|江边|马上|金额|常常|路上)/u;

/**
 * Where the frame says a name comes ("我是环境资源界的高洁", or the answer to "反映人的姓名是？"), a
 * surname and a given name that is also an everyday word (高洁, 文明) is the name.
 */
export function isNameInFrame(candidate: string): boolean {
  if (isPersonName(candidate)) return true;
  if (!/^\p{Script=Han}{2,3}$/u.test(candidate) || NOT_A_NAME_IN_FRAME.test(candidate) || ROLE_NOUN.test(candidate) || isFormOfAddress(candidate) || ADDRESS_WORD.test(candidate)) return false;
  const surname = surnameOf(candidate);
  const words = tagWords(candidate, false);
  return surname !== undefined && candidate.length > surname.length && !PLACE_END.test(candidate) && words.length === 1 && (WORD_NAME_TAGS.has(words[0]?.tag ?? '') || NAME_TAGS.has(words[0]?.tag ?? ''));
}

/** Where a run that starts with a name goes on with other words: 徐丽想反映, 林晓东电话…, 徐丽女士. */
const AFTER_NAME =
  /想|要|反映|电话|手机|联系|号码|是|的|今年|现年|在|住|家住|来自|从事|工作|现任|目前|说|委员|同志|女士|先生|老师|同意|不同意|署名|匿名|我|本人|界别|[啊呀哈吧呢嘛哦噢]/gu;

/** The name that starts exactly at `at` in running text, with where it ends. */
export function nameAt(text: string, at: number): { name: string; end: number } | null {
  const run = /^[\p{Script=Han}·•・]{2,12}/u.exec(text.slice(at))?.[0];
  if (!run) return null;
  const dotted = /^\p{Script=Han}{1,8}(?:[·•・]\p{Script=Han}{1,8}){1,3}/u.exec(run)?.[0];
  if (dotted) return { name: dotted.replace(/[•・]/gu, '·'), end: at + dotted.length };
  // Cut where a following word starts (not at the first character: 要 may not start a name).
  const stop = [...run.matchAll(AFTER_NAME)].find((match) => match.index >= 2)?.index ?? run.length;
  const head = run.slice(0, stop);
  if (head.length <= 4 && isPersonName(head)) return { name: head, end: at + head.length };
  // Otherwise the longest run of jieba's words that is a name: 徐丽城南路口 → 徐丽.
  const ends: number[] = [];
  let end = 0;
  for (const { word } of tagWords(head, true)) ends.push((end += word.length));
  for (const cut of ends.filter((n) => n >= 2 && n <= 4).reverse()) {
    const name = head.slice(0, cut);
    if (isPersonName(name)) return { name, end: at + cut };
  }
  return null;
}

/** Labels before a name: 联系人：, 姓名, 反映人, 我的名字是. */
const LABEL_CUE = /(?:(?<!现场|当地|村里|村上|社区|对接|具体|负责|单位|学校|医院|企业|公司)联系人|反映人|姓名|名字|全名|中文名|真名|俗名|本名|提交人|报送人|称呼|署名)(?:是|为|叫)?[\s:：]*/gu;
/** Self-introductions before a name: 我叫, 本人, 我是. */
const INTRO_CUE = /(?:^叫|^名叫|(?<=委员|工作|上班|退休了?)叫|我叫|我名叫|叫我|^(?:他|她)叫|我是|我系|本人(?:是|叫)?|鄙人|在下|我的名字(?:是|叫)|我名字(?:是|叫))[\s:：]*/gu;
/** 我姓徐名丽, 姓徐，名丽. */
const SURNAME_AND_GIVEN = /姓(\p{Script=Han}{1,2}?)[，,\s]*名(?:字)?(?:叫)?(\p{Script=Han}{1,2})/u;
/** Words between 我是 and the name: 民盟的, 市政协委员, 十堰市委的, 一名. */
const ROLE_WORDS =
  /^(?:(?:党员|盟员|社员|会员|员)(?=\p{Script=Han}{2})|界别[ \t]*(?=\p{Script=Han}{2})|别的|的|系|那个|这个|就是|一名|一位|一个|叫|名叫|在\p{Script=Han}{1,10}?(?:工作|上班|任职)|(?:在\p{Script=Han}{1,6}?)?(?:做|搞|干|从事|经营|开办|创办|开|办)\p{Script=Han}{1,10}?的|(?:教书|行医|种地|种田|开店)的|\p{Script=Han}{1,8}?(?:医院|学校|大学|中学|小学|公司|集团|单位|中心|研究所|研究院|局|委|办|厅|站|所)的|\p{Script=Han}{1,8}?(?:医院|学校|大学|中学|小学|公司|集团|研究所|研究院)(?=\p{Script=Han}{1,4}?(?:科|部|处|室|所)(?:副)?(?:主任|医师|护士长|部长|处长|所长))|\p{Script=Han}{1,4}?(?:科|部|处|室|所)(?:副)?(?:主任医师|主任|医师|护士长|部长|处长|所长)|\p{Script=Han}{1,8}?(?:医院|学校|公司|中心)\p{Script=Han}{1,4}?(?:科|部|处|室)的|店主|老板|经营者|负责人|(?:\p{Script=Han}{1,8}?(?:医院|学校|中学|小学|大学|中心|公司|社区|村|街道|科|部|处|室)|\p{Script=Han}{0,3}?)(?:医师|医生|村医|校医|护士长|护士|教师|老师|教练|律师|工程师|会计师|主任|经理|校长|院长|村支书|支书|书记|干部|企业家|个体户|退休职工)|\p{Script=Han}{1,4}?(?:县|区|市|镇|乡|村|街道|社区)?(?:那边|这边|那里|这里)的?|\p{Script=Han}{1,4}?(?:县|区|镇|乡|街道)的|(?:\p{Script=Han}{1,4}?(?:省|市|县|区))\p{Script=Han}{1,5}?(?:县|区|镇|乡|村|街道|社区)的|\p{Script=Han}{0,8}?(?:市委会|区委会|县委会|省委会|[市区县省]委(?!员)|委员会|支部|总支)|(?:市|区|县|省)?政协(?:委员|常委)?|(?:副)?(?:召集人|联络人|主委|会长)|(?:新|老|资深)(?:委员|常委)|常委|委员|界别|界|党员|会员|盟员|社员|成员|[，,、\s])/u;

/** 十堰市, 湖北省十堰市: a place or two before a sector. */
// "我是许昌的文艺界委员": where they come from, said with 的, before the sector or the title.
const PLACE_PREFIXES = [/^(?:\p{Script=Han}{1,4}?[省市县区州]){2}/u, /^\p{Script=Han}{1,4}?[省市县区州]/u, /^\p{Script=Han}{2,3}的(?=[^，,。\s]{0,8}?(?:委员|常委|界))/u];

/** Skips sector names and role words (民盟的, 市政协委员) after an introduction; the sector it passed, if any. */
export function skipIntroduction(text: string, at: number, sectors: readonly Sector[]): { at: number; sector?: string } {
  let sector: string | undefined;
  for (;;) {
    const hit = sectorAt(text, at, sectors, true);
    if (hit) {
      sector ??= hit.name;
      at = hit.end;
      continue;
    }
    // "十堰市归国华侨联合会的委员": the place a sector's local body is named with.
    const place = PLACE_PREFIXES.map((prefix) => prefix.exec(text.slice(at))?.[0]).find((p) => p && (sectorAt(text, at + p.length, sectors) || /^(?:政协)?(?:委员|常委)/u.test(text.slice(at + p.length))));
    if (place) {
      at += place.length;
      continue;
    }
    const role = ROLE_WORDS.exec(text.slice(at))?.[0];
    if (!role) return { at, ...(sector && { sector }) };
    at += role.length;
  }
}

export function skipRoleWords(text: string, at: number, sectors: readonly Sector[]): number {
  return skipIntroduction(text, at, sectors).at;
}

/** The name after any introduction or label in the text, else null. */
/**
 * "我姓言，言语的言，叫言春林": a surname the member states may be one no list holds, so the name
 * after 叫 that starts with it is taken as it is.
 */
export function statedSurnameName(message: string): { name: string; start: number; end: number } | null {
  // A compound surname ("我姓上官，叫上官文静") is stated whole.
  // "姓罗 罗静", "姓冷，冷雪梅": the full name may follow a pause as well as 叫.
  // ("姓黎 黎明的黎 黎淑珍": how the surname is written may come between.)
  const cue = /(?:我)?姓(\p{Script=Han}{2}(?=[，,。\s])|\p{Script=Han})(?:[^。！？?\n]{0,12}?叫|[，,\s]+(?:\p{Script=Han}{1,4}的\1字?[，,\s]+)?)(?=\1)/u.exec(message);
  if (!cue?.[1]) return null;
  const at = cue.index + cue[0].length;
  const run = /^\p{Script=Han}{2,5}/u.exec(message.slice(at))?.[0] ?? '';
  const stop = [...run.matchAll(AFTER_NAME)].find((match) => match.index >= 2)?.index ?? run.length;
  const name = run.slice(0, Math.min(stop, cue[1].length + 2));
  return name.length >= 2 ? { name, start: cue.index, end: at + name.length } : null;
}

function nameWithStatedSurname(message: string): string | null {
  return statedSurnameName(message)?.name ?? null;
}

function introducedName(message: string, sectors: readonly Sector[]): string | null {
  const split = SURNAME_AND_GIVEN.exec(message);
  if (split?.[1] && split[2] && isPersonName(split[1] + split[2])) return split[1] + split[2];
  const stated = nameWithStatedSurname(message);
  if (stated) return stated;
  for (const cue of [LABEL_CUE, INTRO_CUE]) {
    for (const match of message.matchAll(cue)) {
      const found = nameAt(message, skipRoleWords(message, match.index + match[0].length, sectors));
      if (found) return found.name;
    }
  }
  return null;
}

/** What may follow a bare name in an answer: "徐丽委员", "李建国主任". */
const TITLE_AFTER_NAME = /^(?:委员|常委|同志|女士|先生|老师|主任|副主任|局长|副局长|科长|处长|院长|校长|书记|主席|部长|经理|医生|律师|教授|会长|所长|站长|厂长|护士长|董事长|总)$/u;

/**
 * The person's name, or null when the text holds none: "岁月静好", "东哥", "好的", "民盟" and
 * "社情民意提交后多久能有回复？" are not names.
 */

export function readPersonName(text: string, sectors: readonly Sector[] = defaultSectors()): string | null {
  const message = normalizeMessage(text).trim();
  if (message === '') return null;
  const introduced = introducedName(message, sectors);
  if (introduced) return introduced;
  // "我叫啥你们那没登记吗？司马文杰": the answer after a grumbling question.
  const afterQuestion = /[?？]\s*([^?？]+)$/u.exec(message)?.[1];
  if (afterQuestion && afterQuestion !== message) return readPersonName(afterQuestion, sectors);
  if (/[?？吗]/u.test(message)) return null;
  // "李 明": a space people type to line up two-character names.
  const spaced = /^(\p{Script=Han}{1,2})\s+(\p{Script=Han}{1,2})$/u.exec(message);
  if (spaced && isPersonName(`${spaced[1]}${spaced[2]}`)) return `${spaced[1]}${spaced[2]}`;
  // A bare answer, maybe with a sector or a phone beside it: "徐丽", "民盟 徐丽", "徐丽委员", "李建国主任".
  for (const part of message.split(/[^\p{Script=Han}·•・]+/u)) {
    // A title after the name would be skipped as a role word ("……主任"): the name before it first.
    const titled = nameAt(part, 0);
    if (titled && titled.end < part.length && TITLE_AFTER_NAME.test(part.slice(titled.end))) return titled.name;
    const name = nameAt(part, skipRoleWords(part, 0, sectors));
    if (name && (name.end === part.length || TITLE_AFTER_NAME.test(part.slice(name.end)))) return name.name;
  }
  return null;
}

/**
 * Whether a chat nickname is a real name that may stand as the reporter's: 李建国 is;
 * 东哥, 岁月静好, A青山绿水, Tom are not. Decorations around a name are allowed: "A李建国", "李建国（民盟）".
 */
export function looksLikeRealName(nickname: string): boolean {
  const core = normalizeMessage(nickname)
    .trim()
    .replace(/[（(【\[].*?[）)】\]]|[\p{So}\p{Sk}]/gu, '')
    .replace(/^[A-Za-z0-9]{1,3}(?=\p{Script=Han})|[-_—|@\s].*$/u, '')
    .trim();
  return isPersonName(core);
}

/**
 * A name no surname list holds: members of minority nationalities (阿于木呷, 德庆卓嘎,
 * 买买提江·吐尔逊) have longer names without a Han surname. Taken only where a name was asked for.
 */
export function looksLikeUnlistedName(text: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(text) || (/^[\p{Script=Han}·]{4,10}$/u.test(text) && !/[的了是我你他她在有不这那吗呢吧啊和与个点]/u.test(text));
}
