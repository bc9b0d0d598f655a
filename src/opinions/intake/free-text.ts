import { isTitleWorthy, isVagueAction, plainWords } from './speech.ts';
import { readsAsAsk, tellsMoreOfTheStory, withoutStartPhrase } from './start-phrase.ts';
import { charCount, clauses, PLACE_WORD, trimSeparators } from './text.ts';
import { NUMBER_OF, NUMBERED_MEASURE, splitInterleaved } from './numbered-items.ts';
import { tagWords } from './tagger.ts';

/** Reading a message written without labels: which part is the problem, which the suggestion. */

/** Where clauses start: after a run of punctuation and spaces. */
const CLAUSE_START = /(?:^|[，。；！？,;!?\n])[\s，。；！？,;!?]*/g;
/** A clause that opens a suggestion; a short lead (因此、我们、政府) may come before the word. */
const SUGGESTION_OPENING = /^[^，。；！？,;!?\n]{0,10}?最好(?=[^，。；！？,;!?\n]{2})|^(?:依我看|照我看|在我看来|要我说|我的看法是)|^[^，。；！？,;!?\n]{0,4}?(?:与其|要是(?=[^，。；！？,;!?\n]{0,8}能)|完全可以|其实可以|可以考虑|不妨|建议|建义|建意|希望|应当|应该|请求|恳请|呼吁|请有关部门|请相关部门|能否|可否|最好|能不能|可不可以|要是能|如果能|我的意思是|我想请)/;
/** A message of its own telling an office to act ("叫环保局夜里来查查"); inside a story it may tell what was done. */
const OFFICE_TOLD = /^(?:叫|让|请)\p{Script=Han}{0,4}(?:局|部门|政府|街道|社区|乡里|镇里)/u;
/** "俺寻思着让环卫部门……", "我琢磨着叫街道……", "我觉着好让菜场……" (吴语 好, 最好): thinking aloud that an office should act, in everyday or dialect words. */
const THINKS_AN_OFFICE_SHOULD =
  /^(?:我|俺|额|我们|俺们)?(?:寻思|琢磨|合计|想着|觉着|觉得|认为|看)着?(?:吧|呢|啊)?[，,]?(?:(?:让|叫|请|由)\p{Script=Han}{0,6}?(?:部门|局|政府|街道|社区|委|办|乡里|镇里|村里|物业)|\p{Script=Han}{0,6}?(?:能不能|可不可以|能否|可否|应该|应当|最好)|好(?=[让叫把]))/u;
/** Lead plus the longest opening word: all SUGGESTION_OPENING can look at. */
const OPENING_SPAN = 16;
/** In a run-on message without punctuation (voice input), where the ask begins inside the text. */
const RUN_ON_ASK = /(?:所以|因此|我|我们|强烈|特此)?(?:建议|建义|希望|呼吁|恳请|请求|应该让|能不能让|最好能)|我(?:觉得|认为|看)(?:呢|啊|吧)?[，,\s]?(?=[^，。]{0,12}(?:可以|应该|应当|最好|要|得|能不能))|我的(?:想法|建议|意见|办法|意思)(?:是|呢|啊)?|我想请(?=\p{Script=Han}{0,6}(?:局|部门|政府|委|办|街道|社区))|(?<=[了的啊呀])应该(?=[^，。]{2})/u;
const RUN_ON_MIN = 8;
/** What opens a suggestion's first clause and says nothing about the ask: 因此建议、一是. */
const SUGGESTION_LEAD =
  /^(?:[一二三四五六七八九十\d]+[是、.．)]|[（(][一二三四五六七八九十\d]+[）)])?[^，。]{0,4}?(?:建议|(?:意见|想法|看法)是|希望|应当|应该|请求|恳请|呼吁|请|能否|可否|最好|能不能|可不可以)|^(?:[一二三四五六七八九十\d]+[是、.．)]|[（(][一二三四五六七八九十\d]+[）)])/;
/** "建议：1.增设……": a colon and a list number after the lead. */
const NUMBERING = /^[：:\s]*(?:(?:[一二三四五六七八九十\d]+[是、.．)）]|[（(][一二三四五六七八九十\d]+[）)])\s*)?/u;
/** Who should act, at the start of the ask: 有关部门, 区住建局牵头, 公安交管部门在…. */
const WHO = /^[^，。在对将把]{0,8}?(?:部门|单位|政府)/;
const AGENCY =
  /^(?:[^，。在对将把]{1,8}?(?:局|委|办|厅|支队|大队|中心|街道|居委会|办事处|公司|物业)(?=牵头|负责|会同|联合|协调|组织|尽快|及时|加快|要|应|能|可以|在|对|将|把|从|为|与|和|$)|(?:交警|城管|公安|环保|住建|消防|市场监管|医保|物业)(?:部门)?)/u;
const LEAD_VERB = /^(?:牵头|负责|会同|联合|协调|组织)(?:[，,]|$)?/u;
const ADVERBS = /^(?:尽快|尽早|及时|早日|抓紧|加快|能够|能不能|可不可以|是不是可以|最好|好(?=[让叫把])|赶紧|赶快|马上|早点|能|可以|给)+/;
/** "在该路口……": the place was named in the story; 该 cannot stand in a title. */
const THIS_PLACE = /^(?:在|对)(?:该|此|这个|那个)[^，。]{0,6}?(?:路口|路段|处|地|区域|位置|小区|社区|学校|河段|地段)|^(?:在|对)此处?/u;
/** Where the place at the start of a problem clause ends: a demonstrative or the predicate. */
const PLACE_END = /那个|这个|那条|这条|这段|那段|没有|没|有|是|很|经常|一直|每天|存在|长期|常年/;
/** Where the subject of a problem ends: 路灯坏了, 健身器材都坏了好久了. */
const SUBJECT_END = /坏|堵|漏|破|没有|没人|没|不|很|太|特别|非常|经常|一直|已经|存在|长期|常年|被|都|总是|老是|有/u;
/** Asks that are not done at a place (关于在东风村纳入…… reads wrong). */
const NOT_IN_PLACE =
  /^(?:[在于对为将把从]|纳入|列入|出台|制定|提高|降低|加大|给予|落实|完善|建立|研究|推动|推进|支持|鼓励|引导|明确|统筹|协调|简化|优化|减免|补贴)/u;
/** Verbs that bring something that is missing: 增设 (红绿灯). */
const CREATE = /^(?:增设|安装|设置|建设|增加|配备|修建|加装|新建|开设|设立)$/u;
const SPEAKER = /^(?:我们|我家|我所在的|我住的|本|在|位于)/;
const TITLE_LIMIT = 30;

/** The problem is what comes before the first clause opening a suggestion; the suggestion is the rest. */
/** "……增加晚班车。现在的问题是……", "……挪到一层。原因是……": the suggestion told first, then why. */
const REASON_AFTER = /[。！!；;，,\n]\s*(?:(?:说|讲|补充|交代)一下)?(?:现在的问题是|问题是|原因是|主要原因是|因为|这是因为|之所以这么说是因为|背景是|背景|具体情况是|情况是|现状是)[：:，,]?/u;

export function splitFreeText(text: string): { situation?: string; suggestion?: string } {
  const body = withoutStartPhrase(text);
  const interleaved = splitInterleaved(body);
  if (interleaved) return interleaved;
  const reason = REASON_AFTER.exec(body);
  if (reason && reason.index > 0 && readsAsSuggestionFirst(body.slice(0, reason.index))) {
    const suggestion = trimSeparators(body.slice(0, reason.index + 1));
    const situation = trimSeparators(body.slice(reason.index + reason[0].length));
    if (suggestion && situation) return { situation, suggestion };
  }
  // Voice input pauses with spaces, not commas ("……负担不起 区里应该把……"): read there as clause ends.
  const paused = /[，。；！？,;!?]/u.test(body) ? body : body.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '，');
  let start = [...paused.matchAll(CLAUSE_START)]
    .map((match) => match.index + match[0].length)
    .filter((at) => !insideQuote(body, at) && !NORM_TOLD.test(body.slice(at)) && !OTHERS_HOPE.test(body.slice(at)))
    .find((at) => SUGGESTION_OPENING.test(paused.slice(at, at + OPENING_SPAN)) || THINKS_AN_OFFICE_SHOULD.test(paused.slice(at)) || (body.charAt(at - 1) === '\n' && (OFFICE_TOLD.test(body.slice(at, at + OPENING_SPAN)) || NUMBERED_MEASURE.test(body.slice(at)))));
  if (start === undefined) {
    // Voice input runs clauses together: "……很危险建议装个红绿灯", also inside a punctuated message.
    const ask = RUN_ON_ASK.exec(body.slice(RUN_ON_MIN));
    if (ask && !insideQuote(body, RUN_ON_MIN + ask.index)) start = RUN_ON_MIN + ask.index;
  }
  // A connective left hanging where the ask was cut off: "……睡不着觉然后".
  const before = start === undefined ? body : body.slice(0, start).replace(/(?:然后|所以|因此|那么|就是)$/u, '');
  const asked = start === undefined ? '' : body.slice(start).trim();
  // "建议……。去年我们小区……": sentences after the ask that only tell more belong to the story.
  const { told, asks: suggestion } = storyAfterTheAsk(asked);
  const situation = trimSeparators([before.trim(), told].filter(Boolean).join(''));
  return { ...(situation && { situation }), ...(suggestion && { suggestion }) };
}

/** The sentences of the part read as the suggestion, split into those that ask and those that only tell. */
function storyAfterTheAsk(asked: string): { told: string; asks: string } {
  const sentences = asked.match(/[^。！!？?\n]+[。！!？?]*\n*/gu) ?? [];
  const told: string[] = [];
  const asks: string[] = [];
  sentences.forEach((sentence, i) => {
    // The first sentence asks (that is where the suggestion was found); what follows is sorted.
    if (i > 0 && onlyTells(sentence)) return void told.push(sentence);
    // "……再给中小学配专职的心理老师，现在很多学校是班主任兼的。": why, told after the ask in the same sentence.
    const tail = toldTail(sentence);
    asks.push(sentence.slice(0, sentence.length - tail.length).replace(/[，,、\s]+$/u, '') + (tail ? '。' : ''));
    if (tail) told.push(tail);
  });
  if (told.length === 0) return { told: '', asks: asked };
  return { told: told.join('').trim(), asks: asks.join('').trim() };
}

/** "二是……": the list number says nothing about asking or telling. */
const withoutItemNumber = (text: string) => text.trim().replace(NUMBER_OF, '').trim();

/** ("对焚烧秸秆的农户一律罚款": a measure said plainly, with no ask word, still asks.) */
function asks(text: string): boolean {
  const plain = withoutItemNumber(text);
  // "业主们都希望物业换设备": what others hope for is told, with the thing they hope for.
  if (OTHERS_HOPE.test(plain)) return readsAsAsk(plain.replace(OTHERS_HOPE_CLAUSE, ''));
  return readsAsAsk(plain) || SUGGESTION_OPENING.test(plain.slice(0, OPENING_SPAN)) || THINKS_AN_OFFICE_SHOULD.test(plain) || MEASURE_SAID.test(plain);
}

function onlyTells(sentence: string): boolean {
  const plain = withoutItemNumber(sentence);
  return !asks(plain) && (OTHERS_HOPE.test(plain) || tellsMoreOfTheStory(plain));
}

/** A clause telling how things are or were (现在……, 去年……, ……已经……了), not what should be done. */
const HOW_THINGS_ARE = /^(?:现在|目前|如今|眼下|当前|现阶段|去年|前年|今年以来|这两年|这几年|近年来|近几年|过去|原来|本来)|^[^，,；;]{0,12}已经[^，,；;]*了[，,；;。！!]?$/u;

/** The clauses ending a sentence that ask nothing, from the first that tells how things are. */
function toldTail(sentence: string): string {
  const parts = sentence.split(/(?<=[，,；;])/u);
  for (let k = 1; k < parts.length; k++) {
    const rest = parts.slice(k);
    if (HOW_THINGS_ARE.test(parts[k]!.trim()) && rest.every((clause) => !asks(clause))) return rest.join('');
  }
  return '';
}

/**
 * "王书记说“建议你们自己找客运公司协商”": what somebody else said, quoted, is part of the story.
 * (A whole report in quotes, "以下是刘委员的原话：“……”", is the report itself.)
 */
function insideQuote(body: string, at: number): boolean {
  const before = body.slice(0, at);
  if ((before.match(/[“「『]/gu)?.length ?? 0) <= (before.match(/[”」』]/gu)?.length ?? 0)) return false;
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'), before.lastIndexOf('『'));
  return /(?:说|讲|问|称|答|回复|答复|表示)[：:，,]?$/u.test(body.slice(0, open));
}

const MEASURE_SAID = /^(?:同时|另外|再|还要|并|并且|此外)?[，,]?(?:对|给|把|由|将|让|请|要|要求|鼓励|支持|推动|落实|加大|加强|完善|建立|设立|增设|增加|开展|实行|实施|推行|出台|统一|定期|严格|尽快|及时)/u;

/** "居民都希望学校能把食堂扩一扩，可是……": what others hope for, told as part of the problem. */
const OTHERS_HOPE = /^(?:[^，。！？,;!?]{0,4}?)(?:居民|大家|群众|家长们?|老百姓|村民|他们|她们|老人们?|孩子们|学生们?|不少人|很多人|好多人|市民|业主们?|商户们?)(?:都|也|一直|早就|普遍)?(?:希望|盼着|盼望|想要|要求|呼吁|说应该)/u;

/** The clause of what others hope for, with the thing hoped for. */
const OTHERS_HOPE_CLAUSE = new RegExp(`${OTHERS_HOPE.source.replace('^', '')}[^，。！？,;!?]*`, 'gu');

/** "按设计应该有公共厕所，结果一个都没建": what should have been, told as the problem. */
const NORM_TOLD = /^(?:按(?:设计|规划|规定|要求|标准|理|说|道理)|本来|原本|照理|照说|按理说)/u;

/** "一是……，建议……；二是……，建议……": items that each tell a problem and ask for its remedy. */
const COUNTING_HEADING = /^(?:我的|具体)?(?:建议|意见)(?:有)?(?:[一二三四五六七八九十两几\d]+(?:条|点|个))?(?:如下)?[：:]?$|^(?:[一二三四五六七八九十两几\d]+)(?:条|点)(?:建议|意见)(?:如下)?[：:]?$/u;

/** What the suggestion asks for: its first clause that says more than who should act, in plain words. */
function actionOf(suggestion: string): string {
  // "建议三条：", "几点建议如下": a heading that counts the measures names none of them.
  for (const clause of clauses(suggestion).filter((c) => !COUNTING_HEADING.test(c.trim())).slice(0, 2)) {
    // "刘主席的建议是：一、……": what joins the lead to the first measure goes too.
    const action = plainWords(plainWords(clause).replace(SUGGESTION_LEAD, '').replace(/^(?:是|为|如下)?[：:\s]*/u, '').replace(NUMBERING, ''))
      .replace(WHO, '')
      .replace(AGENCY, '')
      .replace(LEAD_VERB, '')
      .replace(ADVERBS, '')
      .replace(THIS_PLACE, '')
      .replace(/^[：:\s]+/, '')
      // "加强管理，限制货车通行时间": the concrete measure says more.
      .replace(/^加强管理(?=\p{Script=Han}{4})/u, '');
    if (action) return action;
  }
  return '';
}

/** The place the problem starts with (学校门口、城南路与学府街交叉口), when it names one plainly. */
function placeOf(situation: string): string | undefined {
  // "我在武当山特区做民宿": where the member is, said of themself.
  const first = (clauses(situation)[0] ?? '').replace(/^(?:我们|我)(?=在)/u, '').replace(SPEAKER, '');
  const end = first.search(PLACE_END);
  const head = plainWords(end < 0 ? first.slice(0, 14) : first.slice(0, end));
  const last = [...head.matchAll(PLACE_WORD)].at(-1);
  const place = last ? head.slice(0, last.index + last[0].length) : '';
  // A bare 小区 or 路 says nothing about where; 城东的清水河 reads badly inside 关于在……的建议; "我们那学校",
  // "俺们那学校" point at a place the reader does not know.
  return charCount(place) >= 3 && !place.includes('的') && !/^(?:俺们|咱们|俺|咱)?[那这]/u.test(place) ? place : undefined;
}

/** What the problem is about: 路灯 in 路灯坏了, 健身器材 in 城北公园的健身器材都坏了. */
function subjectOf(situation: string): string | undefined {
  for (const clause of clauses(situation).slice(0, 2)) {
    const plain = plainWords(clause).replace(SPEAKER, '');
    const end = plain.search(SUBJECT_END);
    const subject = (end < 0 ? '' : plain.slice(0, end)).split('的').at(-1) ?? '';
    if (isTitleWorthy(subject) && charCount(subject) <= 10) return subject;
  }
  return undefined;
}

/** What the story says is missing: 红绿灯 in 路口没有红绿灯. */
function missingThing(situation: string): string | undefined {
  const thing = /(?:没有|缺少|缺乏|没)(?:一个|任何|一处|一座)?(\p{Script=Han}{2,8}?)(?=$|[，。,.；;！!？?\s]|很|也|导致|所以|造成)/u.exec(plainWords(situation))?.[1];
  return thing && isTitleWorthy(thing) ? thing : undefined;
}

/** "建议增设", "建议尽快维修": the verb, and the thing it is about from the story. */
function completeAction(action: string, situation: string | undefined): string | undefined {
  if (!situation) return undefined;
  if (CREATE.test(action)) {
    const thing = missingThing(situation);
    return thing && `${action}${thing}`;
  }
  const subject = subjectOf(situation);
  return subject && (action === '加强管理' ? `加强${subject}管理` : `${action.replace(/好$/u, '')}${subject}`);
}

/** Cuts at the last 和/及/并/与/、 that fits, else after the last whole word that fits, so a long ask keeps whole words. */
function shorten(core: string, room: number): string {
  const chars = Array.from(core);
  if (chars.length <= room) return core;
  const head = chars.slice(0, room).join('');
  // A pause of voice input ends a clause as 和 or 、 does: "……纳入环卫作业 落实门前三包 主要路段……".
  const cut = Math.max(...['和', '及', '并', '与', '、', ' ', '，', ','].map((word) => head.lastIndexOf(word)));
  if (cut > room / 2) return head.slice(0, cut).trim().replace(/\s+/gu, '、');
  // "……办老年大学": never half a word ("办老年大"), nor a word that only leads on to what was cut ("……再").
  let end = 0;
  for (const { word } of tagWords(core)) {
    if (end + charCount(word) > room) break;
    end += charCount(word);
  }
  return chars.slice(0, end).join('').replace(/[再还又和与及并把将对给让在从的要就也]+$/u, '').trim().replace(/\s+/gu, '、');
}

function fits(title: string): string | undefined {
  return charCount(title) <= TITLE_LIMIT ? title : undefined;
}

/** Words that say something is wrong: 没有红绿灯, 停车难, 乱停, 堵, 漏水, 只有11个. */
const SAYS_WHAT_IS_WRONG = /没有|没|不[^是]|难|乱|差|堵|坏|缺|少|贵|慢|脏|臭|吵|违|偷|占|漏|塌|破|只有|严重|隐患|困难|不足|过[多高低长少]|太[多高低长少贵慢远近吵脏乱]|多$|越来越|高发|多发|频发|[就只才][^，。]{0,2}[一两二三四五六七八九十几\d]|麻烦|拥挤|排队|积水|停水|停电|扰民|涨价|拖欠|闭馆|关门|停运|取消|撤[掉销]/u;
/** A time or a count only: 今年以来, 2024年3月至2025年9月, 全市有科技型中小企业412家. */
const SCENE_ONLY = /(?:以来|期间|以后|之后|前后|[年月]份?)$|^(?:全市|全县|全区|城区|市里)?(?:共有|现有|有)[^，。]*\d/u;

/** "红卫街道" before "街道再开一个……": the ask without the place's last word, which 关于在…… would say twice. */
function afterPlace(place: string, action: string): string {
  const n = [4, 3, 2].find((length) => place.length >= length && action.startsWith(place.slice(-length)));
  return n === undefined ? action : action.slice(n);
}

/**
 * A title in the usual form 关于……的建议, at most 30 characters, in plain words (no 就是, 那个,
 * 我觉得 from speech); undefined when no clean title can be made, so the member is asked.
 */
export function composeTitle(situation?: string, suggestion?: string): string | undefined {
  // "关于城区公交站台的几个问题。一是……": the subject the member named first.
  // "农村公路的问题。房县……": a topic line before the story names it too.
  const named = (/^关于([^。；;，,\n]{2,18}?)(?:的)?(?:几个|一些|相关|有关)?(?:问题|情况|事情|事)?[。；;，,\n：:]/u.exec(situation ?? '') ?? /^([^。；;，,\n]{2,14}?)的(?:几个|一些)?问题[。：:\n]\s*\S/u.exec(situation ?? ''))?.[1];
  if (named) return `关于${named}的建议`;
  const action = suggestion ? actionOf(suggestion) : '';
  const place = situation ? placeOf(situation) : undefined;
  if (action && (isVagueAction(action) || CREATE.test(action))) {
    // "建议尽快维修", "建议增设" say what to do but not to what: the story names it.
    const complete = completeAction(action, situation);
    const withPlace = complete && place && CREATE.test(action) ? `关于在${place}${afterPlace(place, complete)}的建议` : undefined;
    if (withPlace && charCount(withPlace) <= TITLE_LIMIT) return withPlace;
    if (complete) return fits(`关于${complete}的建议`);
  } else if (action && isTitleWorthy(shorten(action, TITLE_LIMIT - 5))) {
    const withPlace = place && !NOT_IN_PLACE.test(action) && !action.includes(place) ? `关于在${place}${afterPlace(place, action)}的建议` : '';
    if (withPlace && charCount(withPlace) <= TITLE_LIMIT) return withPlace;
    return `关于${shorten(action, TITLE_LIMIT - 5)}的建议`;
  }
  if (!situation) return undefined;
  const problem = (clauses(situation).map((c) => plainWords(c)).find((c) => c !== '') ?? '').replace(SPEAKER, '');
  // Only a short plain statement reads as a title: 学校门口没有红绿灯, not 健身器材都坏了好久了.
  // ("北京路社区有二十几位孤寡老人", "今年流感高峰期间", "柳林路社区": the scene, not yet what is wrong.)
  const plain = isTitleWorthy(problem) && charCount(problem) <= 16 && !/[的都了]|好久|很久/u.test(problem) && SAYS_WHAT_IS_WRONG.test(problem) && !SCENE_ONLY.test(problem);
  return plain ? fits(`关于解决${problem}问题的建议`) : undefined;
}

/** The opening of a message that is a suggestion: 我的建议是……, 建议……, 要在……增设…… */
function readsAsSuggestionFirst(head: string): boolean {
  // "我有两点建议：一是……": the suggestions announced and listed.
  return /^(?:我的建议是|我建议|建议|希望|应该|要在|要把|把|请|能不能|可不可以|(?:我|本人)?有(?:[一二两三四五几]|\d)(?:点|条|个)建议)/u.test(head.replace(/^[：:\s]+/u, ''));
}

/**
 * A title when the member leaves it to us ("你来定") and none could be composed: the first clause
 * of the suggestion, shortened, as 关于……的建议. Shown in the preview, where it can be changed.
 */
export function plainTitle(situation?: string, suggestion?: string): string {
  const first = clauses(suggestion ?? '').map((c) => plainWords(c).replace(SUGGESTION_LEAD, '')).find((c) => c !== '')
    ?? clauses(situation ?? '').map((c) => plainWords(c)).find((c) => c !== '')
    ?? '';
  return first ? `关于${shorten(first, TITLE_LIMIT - 5)}的建议` : '社情民意信息';
}

