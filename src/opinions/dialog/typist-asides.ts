/**
 * Slow typists excuse themselves in a few short clauses before the story: "我七十多了，打字慢，见谅",
 * "年纪大了打字慢", "人老了，眼神不好，多包涵". Said to the bot, none of it is part of the story. A bubble
 * counts only when every clause is of this kind and one of them is about the typing or the eyes, so
 * "我今年七十三了，小区没有电梯" stays the story.
 */

/** The member's age or years: 七十六了, 76岁了, 七十多了, 年纪大了, 人老了. */
const AGE =
  '(?:我|俺)?(?:今年)?(?:都|已经|快)?(?:[六七八九]十(?:[一二三四五六七八九]|多)?|[6-9]\\d)(?:多)?(?:岁)?(?:了)?|(?:我|俺)?(?:人|年纪|岁数|年龄)?(?:也)?(?:大|老)了';
/** The typing, the hands or the eyes: 打字慢, 字打得慢, 手慢, 眼神不好, 眼睛花, 不太会打字, 不太会用手机, 孙子教我的, 我是用语音说的. */
const TYPING =
  '(?:我|俺)?(?:打字|写字|字打得|手|手脚|手指|眼睛|眼神|眼)(?:也)?(?:很|太|比较|有点|不太)?(?:慢|不好|花|不灵|不利索|不行)(?:了)?|(?:我|俺)?不太?会(?:打字|用手机|用微信|玩手机|用这个)|(?:是)?(?:孙子|孙女|儿子|女儿|闺女|孩子|外孙|外孙女)(?:教|帮)(?:我|俺)(?:的|弄的|装的|打的)?|(?:我|俺)?(?:慢慢|一点一点)(?:打|说|写|讲)|(?:我|俺)?(?:是)?(?:用)?语音(?:说|发|输入|转文字|转的)(?:的)?';
/** The apology that often ends it: 见谅, 多包涵, 别嫌弃, 你们别嫌烦, 不好意思. */
const EXCUSE = '(?:(?:有|可能有|难免有|要是有)?(?:些|点)?错(?:别)?字(?:的话)?[，,]?|(?:要是)?(?:说|写|打)错了(?:的话)?[，,]?(?:你|您)?)?(?:请)?(?:见谅|多包涵|包涵|(?:你们|您|你)?(?:别|不要|莫)嫌(?:弃|烦|我慢|麻烦)|别见怪|不好意思|抱歉|(?:你|您)?(?:莫急|别急|不要急|莫催|别催|等等我|等我一下|稍等))(?:啊|哈|了|哦)?';

const AGE_CLAUSE = new RegExp(`^(?:${AGE})$`, 'u');
const TYPING_CLAUSE = new RegExp(`^(?:(?:${AGE})[，,]?)?(?:${TYPING})$`, 'u');
const EXCUSE_CLAUSE = new RegExp(`^(?:${EXCUSE})$`, 'u');

/** Whether every clause of the bubble is the typist's aside, one of them about the typing. */
export function isTypistAside(said: string): boolean {
  const clauses = said.split(/[，,。.!！~～…\s]+/u).filter(Boolean);
  if (clauses.length === 0 || clauses.length > 4) return false;
  const allAside = clauses.every((clause) => AGE_CLAUSE.test(clause) || TYPING_CLAUSE.test(clause) || EXCUSE_CLAUSE.test(clause));
  return allAside && clauses.some((clause) => TYPING_CLAUSE.test(clause));
}

/** "俺想反映个事儿中不中", "我想反映个情况，行不行": asking leave to report, with nothing told yet. */
const ASKING_LEAVE = /^[，,\s]*(?:中不中|行不行|可以吗|可不可以|好不好|行吗|中吗|成不成|方便吗)[？?。！!～~\s]*$/u;

/** Whether what follows the start phrase is no story: an aside on the typing or asking leave to report. */
export function isNoStoryYet(said: string): boolean {
  return isTypistAside(said) || ASKING_LEAVE.test(said);
}

/** "标题你帮我拟一个就行，我不太会起": the title left to the bot, a remark and no story. */
const TITLE_LEFT_TO_US = /^(?:标题|题目)(?:你|您)?(?:就)?(?:帮我|帮忙|给我|替我)?(?:拟|起|取|想|定|写)(?:一个|一下|个)?(?:就行|就好|就可以|吧)?$|^(?:我)?(?:不太?|不大)会(?:起|拟|写)(?:标题|题目)?$/u;

/**
 * The story without the typist's asides and remarks said before it ("语音输入的 有错字见谅 ……",
 * "标题你帮我拟一个就行，我不太会起，……"); '' when they are all there is.
 */
export function withoutLeadingAsides(said: string): string {
  const clause = /^\s*([^，,。.!！~～…\s]+)[，,。.!！~～…\s]*/u;
  let rest = said;
  let typist = false;
  for (let match = clause.exec(rest); match; match = clause.exec(rest)) {
    const text = match[1]!;
    // ("今年七十多了，不太会用手机": the years count with the typing said next.)
    const typingNext = TYPING_CLAUSE.test(clause.exec(rest.slice(match[0].length))?.[1] ?? '');
    const aside = TYPING_CLAUSE.test(text) || EXCUSE_CLAUSE.test(text) || TITLE_LEFT_TO_US.test(text) || ((typist || typingNext) && AGE_CLAUSE.test(text));
    if (!aside) break;
    typist ||= TYPING_CLAUSE.test(text);
    rest = rest.slice(match[0].length);
  }
  return rest;
}

/** "我是退休的老教师，今年七十多了，不太会用手机……": the asides left leading the story once who the member is was taken out of it. */
export function withoutAsidesLeadingTheStory<T extends { situation?: string }>(fields: T): T {
  if (!fields.situation) return fields;
  const situation = withoutLeadingAsides(fields.situation).trim();
  if (situation === fields.situation) return fields;
  const { situation: _asides, ...rest } = fields;
  return (situation ? { ...rest, situation } : rest) as T;
}
