import { asksMembersHowTo } from './question-kind.ts';
import { ASKS } from './question-words.ts';
import { URGENT, WHAT_ELSE } from './report-moments.ts';
import { asksMayOrShould } from './told-case.ts';

/**
 * What a member says about themselves before or after the question ("我是新委员，正在准备界别活动的
 * 发言，……多少场", "……多少篇 我要写个材料"): who asks and what the answer is for. The reports never
 * say it, so it must not count as what the question is about.
 */

/** Writing or preparing a paper of one's own. */
const TASK = String.raw`(?:准备|写|整理|起草|弄)(?:个|一个|一份|一篇|篇|点)?[^，,。？?！!\s]{0,10}?(?:材料|稿子|发言稿|发言|讲话稿|总结|ppt)`;

/** Where such a part ends: a pause or the end of the question. */
const END = String.raw`(?=[，,。；;！!～~\s]|$)`;

/** "我是新委员", "本人是民革界别的委员", "我是政协的老委员了". */
const WHO_I_AM = new RegExp(String.raw`(?:我|本人)是[^，,。？?！!\s]{0,10}?(?:委员|常委|代表|干部|工作人员|新人|联络员)[了啊呀哈]?${END}`, 'gu');

/**
 * What the answer is wanted for: said in the first person or, opening a clause, as under way
 * ("我要写个材料", "正在准备界别活动的发言")…
 */
const WHAT_FOR = new RegExp(String.raw`(?:(?:我|本人|咱)(?:正在|正|在|要|想|得|打算)?|(?:^|(?<=[，,。；;\s]))(?:正在|在))${TASK}${END}`, 'giu');
/** …or by its use ("写材料要用"). */
const WHAT_FOR_USE = new RegExp(String.raw`${TASK}要?用${END}`, 'giu');

/**
 * Clauses that only set the member's own scene, greet or close politely, whatever is asked: "退下来好几年",
 * "不太会用手机", "我头一回写", "有个事想请教一下：", "麻烦说得简单点", a lone "了" left by "谢谢您了",
 * "各位老师好".
 */
const ASIDES = [
  /^(?:(?:我|本人)?(?:已经|都|也|刚|才)?(?:退下来|退休|退了|年纪大|岁数大|上了年纪|眼神不好|眼睛不好|记性不好|记性差|不太会|不大会|不会|不懂|不熟悉|首次|第一次|头一回|刚当上|新来)[^，,。？?！!\s]{0,4}?){1,2}$/u,
  /^(?:我|本人)?有(?:个|件|一个|一件)小?(?:事|事儿|事情|问题)(?:想|要)?(?:请教|问问|问|咨询|打听|麻烦)?(?:一下|下|您|你)*$/u,
  /^(?:麻烦|劳驾|请)?(?:你|您)?(?:说|讲|回答|回)得?(?:简单|详细|清楚|明白|通俗|直白|慢)(?:一)?点儿?$/u,
  /^[了啊呀哈嘛哦]+$/u,
  // "各位老师好", "李科长好", "王秘书您好": whom the member greets.
  /^(?:各位|尊敬的|亲爱的)?\p{Script=Han}{0,3}?(?:老师|领导|同志|同事|秘书|主任|科长|处长|部长|主席|书记|委员|大家|助手|小助手)们?(?:好|您好|你好|早|早上好|上午好|下午好|晚上好)[啊呀哈]?$/u,
];

// (A pause is a space or a comma; "会不会被公开啊", "报不报上去啊" ask as A-not-A.)
const WORRY_AFTER_A_PAUSE =
  /^(?<ask>.*?(?:合适|多少|多长|多久|几[个次篇件天回]|什么|啥|吗|呢|么|(?:会不会|能不能|可不可以|是不是|要不要)[^，,\s]{0,8}|(?<said>\p{Script=Han})不\k<said>[^，,\s]{0,6})[啊呀吧哈嘛]?)[ \t，,]+(?<worry>(?:太|怕|我怕|有点怕|担心|我担心|有点担心|因为|主要是|不然|要不然|等得|着急|心急|急死)[\s\S]*)$/u;

/** "中午几点下班 我想十一点多过去送材料", "能当正式答复用吗，我想截图转给单位": what the member means to do with the answer. */
const PURPOSE_AFTER_A_PAUSE =
  /^(?<ask>.*(?:多少|多长|多久|几[个次篇件天回点]|什么|啥|哪|吗|么|(?:会不会|能不能|可不可以|是不是|要不要))[^，,\s]{0,16}?[啊呀吧哈嘛]?)[ \t，,]+(?<worry>(?:(?:我|本人)(?:想|要|打算|准备|好)|想|打算|准备)(?!问|知道|了解|咨询|请教|弄清|搞清|查|看看)[\s\S]*)$/u;

/**
 * After a pause, the member's own talk ("我们民进想写进总结里", "老眼昏花看不清了", "挺厚一本吧", "感觉天天都在发") or the two
 * figures they waver between ("282还是228"): none of it is asked.
 */
// ("我看的是24年的报告", "我是说已经提交了的那种" say which thing is meant, and stay.)
// ("老眼昏花报告上的字看不清了": eyesight, whatever it cannot read.)
const OWN_TALK = /^(?![^\d]*\d)(?:(?:老眼昏花|眼神不好|眼睛不好|记性不好|看不清|记不清|记不住)|(?!.*报告)(?!(?:我|我们|俺)(?:是说|说的是|问的是|指的是|的意思是))(?:(?:我|我们|俺|俺们|咱|咱们)(?!们?(?:市|县|区)?政协)|(?:感觉|总感觉|觉得|总觉得|看着)(?!是)|挺\p{Script=Han}{1,6}[吧啊呀哈]?$))/u;

/** "去年的我晓得还没出来": another year's figure, which the member knows is not out yet. */
const NOT_OUT_YET = /^(?:(?:19|20)?\d{2}年|去年|今年|前年)的?(?:我|俺)?(?:晓得|知道|听说)?(?:还)?(?:没|没有)(?:出来|公布|发布|出)(?:呢|吧|啊|哦)?$/u;

function withoutTalkAfterAPause(text: string): string {
  const pieces = text.trim().split(/[ \t]+/u);
  let kept = pieces.length;
  const talk = (piece: string) => FIGURES_IN_DOUBT.test(piece) || ROUGH_GUESS.test(piece) || NOT_OUT_YET.test(piece) || (OWN_TALK.test(piece) && asksNothing(piece));
  while (kept > 1 && talk(pieces[kept - 1]!)) kept--;
  const ask = pieces.slice(0, kept).join(' ');
  // Only after a count asked or a figure put to check ("是6期对不"): another ask may need the talk to be read.
  return kept < pieces.length && (/多少|几[^乎]/u.test(ask) || /[\d一二两三四五六七八九十]\p{Script=Han}?(?:对不对?|对吧|是吧|没错吧)$/u.test(ask)) ? ask : text;
}

/** An ask, then what the member remembers of its answer ("我记得是十二三篇？", "我印象是一月上旬", "我记得大前年是206件": another year's). */
const GUESS_AFTER_THE_ASK =
  /^(?<ask>.*(?:多少|几[^乎]|哪|什么|啥|谁)[^，,。？?\s]{0,16})[ \t，,。？?]+(?:我)?(?:记得|印象中|印象里|印象)(?:(?:19|20)?\d{2}年|大前年|前年|去年|今年)?(?:好像|大概|应该)?(?:是|有)[^，,。？?\s]{1,12}[吧吗啊呀]?[？?。]?$/u;

/** "…一共写了多少篇 好几十篇吧": the member's rough guess at the figure asked. */
const ROUGH_GUESS = /^(?:大概|估计|应该|可能|得有|少说也有)?(?:有)?(?:快|近|将近)?(?:好?几[十百千]|[一二两三四五六七八九十百千]+(?:好几|来|多)[十百千]?|\d+(?:来|多)?)(?:个)?[家篇件次条项场期趟回遍人名]?(?:了)?吧[？?！!。]*$/u;

/** "有没有过半", "是不是超过一百": a mark the figure asked is held against. */
const FIGURE_CHECKED = /^(?:有没有|是不是|够不够|超没超过?|过没过|到没到)(?:超过|过|到|上)?(?:半|一半|半数|百|一百|千|一千|万|一万|[一二三四五六七八九十百千万\d]+(?:个|件|篇|次|人|%|成)?)(?:数)?[吗呢啊呀]?[？?。]*$/u;

/** "总数勿要，就要全国政协个" (吴语), "总数不用，只要民生类的": the total is not wanted, the part named is. */
const ONLY_THIS_PART = /^(?:总数|总的|全部的?)(?:勿要|不要|不用|不需要|就不要了)[，,\s]*(?:就|只)(?:要|问)([^，,。？?！!\s]{2,12}?)(?:个|的)?(?:那个|那些)?[啊呀吧哈。！!]*$/u;

/** "96还是69我老记混", "是十二还是二十一": two figures the member cannot tell apart. */
const FIGURE = '[\\d一二三四五六七八九十百千万两零〇.]+';
const FIGURES_IN_DOUBT = new RegExp(
  `^(?:是)?${FIGURE}[^\\d\\s，,]{0,2}(?:还是|或者|或)(?:是)?${FIGURE}[^\\d\\s，,]{0,2}?(?:[，,\\s]*(?:我|俺)?(?:老|总|总是|一直|有点|经常)?(?:记混|搞混|弄混|记不清|记不住|分不清|闹不清|拿不准)(?:了)?)?[啊呀吧哈嘛]*[。！!]*$`,
  'u',
);

/** "是59次还是56次": the figure asked, offered as a choice of two. */
const FIGURES_TO_CHOOSE = new RegExp(`${FIGURE}\\p{Script=Han}{0,2}还是(?:是)?${FIGURE}`, 'u');

/**
 * "…群里的人都能看到吗？涉及单位的事有点敏感", "…提前多久发？我经常出差怕漏看": what the member adds
 * after their question mark, asking nothing, is why they ask.
 */
export function withoutRemarkAfterTheQuestion(text: string): string {
  // "…最后出了多少篇调研报告，我记得是十二三篇？": what the member half remembers is checked, not asked.
  const guessed = GUESS_AFTER_THE_ASK.exec(text)?.groups?.ask;
  if (guessed) return guessed;
  const end = Math.max(text.lastIndexOf('？'), text.lastIndexOf('?'));
  if (end < 0) {
    // "写多长合适啊 太短了怕说不清楚 太长了又怕领导没空看": voice input, the worry after a pause.
    const spoken = (WORRY_AFTER_A_PAUSE.exec(text) ?? PURPOSE_AFTER_A_PAUSE.exec(text))?.groups;
    return spoken && asksNothing(spoken.worry!) ? spoken.ask! : withoutTalkAfterAPause(text);
  }
  // "……上面都有啥 我要截图发到支部群里备案": what the answer is for, after the last ask.
  const purpose = PURPOSE_AFTER_A_PAUSE.exec(text.slice(end + 1))?.groups;
  if (purpose && asksNothing(purpose.worry!)) return `${text.slice(0, end + 1)}${purpose.ask}`;
  // ("我哪报过那么多😂": a rhetorical 哪 asks nothing.)
  const remark = text.slice(end + 1).replace(RHETORICAL, '');
  const question = text.slice(0, end + 1);
  // ("…民生类占比是多少？有没有过半": the figure asked is checked against a mark; the figure answers it.)
  if (/多少|几|比例/u.test(question) && FIGURE_CHECKED.test(remark.trim())) return question;
  // ("…转送到全国政协个有几篇啊？总数勿要，就要全国政协个": the part already asked, said again as the only one wanted.)
  const only = ONLY_THIS_PART.exec(remark.trim())?.[1];
  if (/多少|几/u.test(question) && only !== undefined && question.includes(only)) return question;
  // ("…一年搞了多少次？96还是69我老记混🤔": the figures the member wavers between are checked, not asked.)
  if (/多少|几/u.test(question) && FIGURES_IN_DOUBT.test(remark.replace(/\p{Extended_Pictographic}|\uFE0F/gu, '').trim())) return question;
  // ("…一共立了多少件？不光是民生的 总数": what the figure asked must not be of, or must be, belongs to the question.)
  const saysWhichFigure = /多少|几/u.test(question) && /不光|不只|不仅|不是|总数|全部/u.test(remark);
  const asksToo = ASKS.test(remark) || /怎么|如何|咋|还是|行不行|可不可以|能不能/u.test(remark) || asksMayOrShould(remark) || saysWhichFigure;
  // ("……能不能当正式答复用？我想截个图发给部门": an A-not-A question asks too, and so does a choice
  // of figures, "是59次还是56次？我两个数都见过".)
  return text.slice(end + 1).trim() !== '' && !asksToo && (ASKS.test(question) || asksMayOrShould(question) || /能不能|可不可以|行不行|能否|可否/u.test(question) || FIGURES_TO_CHOOSE.test(question)) ? question : text;
}

/**
 * "王主任好，…材料我明天送到办公室。另外顺便问下，常熟…满意率是多少？", "我记得廊坊2023年…老记混。
 * 双月专题协商到底组织了几次？": sentences before the one asking, asking nothing, are other business
 * or the member's musing. The city and year they name, and a meeting changed, are still the ones meant.
 */
export function fromTheAskingSentence(text: string, cities: readonly string[]): string {
  const sentences = text.split(/(?<=[。！!])/u).filter((s) => s.trim() !== '');
  const last = sentences.at(-1);
  if (sentences.length < 2 || !last || !ASKS.test(last) || sentences.slice(0, -1).some((s) => ASKS.test(s))) return text;
  // "…当初就是用那个号后四位绑的。现在要不要重新弄？找谁弄？": an ask naming nothing is asked of the story.
  if (last.replace(NAMES_NOTHING, '').length < 2) return text;
  const before = sentences.slice(0, -1).join('');
  const places = cities.filter((city) => before.includes(city) && !last.includes(city));
  const years = last.match(/(?:19|20)\d{2}年|去年|今年|前年/u) ? [] : (before.match(/(?:19|20)?\d{2}年|去年|今年|前年/u) ?? []);
  // ("收到个带【变更】的通知，改到下周三了。我之前回的还算数不？": a meeting changed is the case asked from.)
  const changed = /变更|改期|改到|挪到|推迟到|延期到|调整到/u.test(before) && !/变更|改期|改到|挪到|推迟|延期|调整/u.test(last) ? '会议变更，' : '';
  // ("护栏断了一截，娃娃们天天走。我刚在助手上报了，还需要做啥不": what else an urgent matter needs.)
  const urgent = URGENT.test(before) && !URGENT.test(last) && WHAT_ELSE.test(last) ? '安全隐患，' : '';
  return `${places.join('、')}${years.join('')}${changed}${urgent}${referentNamed(last.trim(), before)}`;
}

/**
 * "…给了我一个绑定码。这个码有效期是几天": "这个码" points back at the word the story named, which
 * the question is read with, the story set aside.
 */
function referentNamed(asking: string, before: string): string {
  return asking.replace(/(?:这个|那个)([^是有在就也都要能会还又我你他她的了事人时样么月年天\P{Script=Han}])/u, (said, tail: string) => {
    const named = [...before.matchAll(new RegExp(`([^一个了的这那\\P{Script=Han}]{2})${tail}`, 'gu'))].at(-1);
    return named ? `${named[1]}${tail}` : said;
  });
}

/**
 * What an ask says without naming a thing: when, whether, who, how, the all-purpose verbs, and
 * "这种" pointing back at the story ("…想让我帮着写个社情民意反映上去。这种能报吗？").
 */
const NAMES_NOTHING = /这种情况|这种事|这类事|这种|这类|这样的|这样|这事儿?|这件事|这个事|能|可以|行|报|现在|那现在|这下|要不要|还要|需要|还得|得|应该|该|重新|再|找谁|谁|怎么|咋|如何|弄|办|搞|整|做|吗|呢|啊|呀|吧|[？?。！!，,\s]/gu;

/** A remark that asks nothing more. */
function asksNothing(remark: string): boolean {
  return !ASKS.test(remark) && !asksMayOrShould(remark);
}

/** "我哪报过那么多", "哪有这么多": a rhetorical 哪, asking nothing. */
const RHETORICAL = /(?:我|俺)?哪(?:有|儿有|里有|来的?|会|能|报过|交过|写过|提过)[^，,。？?！!]{0,6}(?:那么|这么)多[啊呀呢嘛的]*/gu;

/** The question without the asides above, when something is still asked. */
export function withoutAsides(text: string): string {
  const kept = text.split(/(?<=[，,。；;：:！!？?\s])/u).filter((part) => !ASIDES.some((aside) => aside.test(part.replace(/[，,。；;：:！!？?\s]+$/u, ''))));
  const rest = kept.join('').replace(/^[\s，,。；;：:！!]+|[\s，,；;：:]+$/gu, '');
  // "我不太会写提案，怎么办": a bare ask left over means the member's trouble was the question.
  const bare = rest.replace(/怎么办|咋办|怎么弄|怎么|如何|[吗呢啊呀？?。！!\s]/gu, '');
  return rest !== text && [...bare].length >= 2 && (ASKS.test(rest) || asksMembersHowTo(rest, 0)) ? rest : text;
}

/**
 * The question without the member's account of themselves, when it asks about something else. A
 * how-to keeps it ("我要写个发言稿，格式怎么定"): there the member's task is what is asked about.
 */
export function withoutAskersOwnContext(said: string): string {
  const text = withoutAsides(said);
  const rest = text.replace(WHO_I_AM, ' ').replace(WHAT_FOR, ' ').replace(WHAT_FOR_USE, ' ');
  if (rest === text || !ASKS.test(rest) || asksMembersHowTo(rest, 0)) return text;
  return rest.replace(/([，,。；;])[\s，,。；;]+/gu, '$1').replace(/^[\s，,。；;！!]+|\s+$/gu, '');
}
