import { normalizeMessage } from '../../shared/normalize-text.ts';
import { isSurname } from '../../shared/surnames.ts';
import { readPersonName } from './person-name.ts';
import { charCount, PLACE_WORD } from './text.ts';

/**
 * How members say they want to report something, in everyday forms and with the typos of
 * pinyin input and voice: "您好，我想反映个情况", "反应个问题", "我想放映社情民意", "提个建议：…",
 * "我有个情况想反映一下". Questions about the procedure ("提交社情民意需要什么材料？") are not a start.
 */

/** Greetings and calls before the request: 您好，小助手，在吗？ */
const GREETING =
  String.raw`(?:(?:嗯+|呃|额|那个|就是|这个|您好|你好|侬好|您们好|你们好|大家好|小助手|履职助手|助手|机器人|在吗|在不在|在么|hello|hi|嗨|哈喽|喂|哎|诶|老师好|同志好|打扰了|打扰一下|麻烦了|麻烦你|麻烦您|早上好|上午好|中午好|下午好|晚上好|@\S+|\p{Script=Han}{1,2}秘书|(?:你好|您好)?啊?(?:老妹儿?|老弟|老哥|大姐|大哥|妹子|兄弟|同志)|尊敬的[^\s：:，,。！!]{1,16}[：:，,][\s]*(?:您好|你们好)?|我又回来了|我回来了|(?:我)?(?:问|弄|打听|了解)清楚了|辛苦(?:了|啦|您了)|(?:这么晚|这么早|大周末的?|休息时间)?还?打扰(?:您|你)(?:了|啦)?)(?:呀|啊|哈|哇)?[\s,，。.!！~～?？、\p{Extended_Pictographic}\uFE0F]*)*`;
/** 冉总这边, 我这边: the speaker, named the way colleagues call them. */
// "我柯秋云反映个事": the name said right after 我.
// 俺 (Henan, Shandong), 阿拉 and 我伲 (Wu): 我.
const SUBJECT = '(?:我(?:\\p{Script=Han}{2,3}?(?=[反返发翻放泛][映应影]))?|老\\p{Script=Han}(?=[反返发翻放泛][映应影])|本人|我们|咱们|咱|俺们|俺|阿拉|我伲|(?:我|\\p{Script=Han}{1,2}(?:总|主任|老师|医生|院长|律师|局长|校长|经理))(?:这边|这里))?';
// 代表我们界别: in whose name the member reports; 想给外卖骑手反映: for whom.
const WANT = '(?:受[^，。！？\\s]{1,8}?委托|代表[^，。！？\\s]{1,8}?(?=[反返发翻放泛][映应影]|报|提)|(?:想|要)?(?:给|替|为)(?!你|您)[^，。！？\\s]{2,8}?(?=[反返发翻放泛][映应影])|还是(?:想|要)?|想要|想再|想|要|需要|准备|打算|拟|来|麻烦帮我|麻烦您帮我|麻烦你帮我|请帮我|帮我|帮忙|(?:跟|和|给)(?:你|您|你们))?';
/** 反应, 放映, 返映, 翻映: what pinyin input and voice make of 反映. */
// 唠个事儿 (东北): telling something.
const VERB = '(?:(?:整|弄|搞)(?=(?:一?个|一条|一下)?[社舍设涉射摄][情青清晴请])|[反返发翻放泛][映应影]|反馈|提交|报送|上报|提出|递交|登记|[提题]|报|写|说说|说一下|说(?=(?:一?个|一条|一件)[社舍设涉射摄][情青清晴请])|讲讲|讲一下|唠唠|唠)';
// 一桩事体 (吴语): a matter.
const MEASURE = '(?:一下|一个|一条|一点|一些|几条|几个|一则|一件|一篇|一桩|个|条|点|件|篇|桩|下)?';
/** 社情民意 and what pinyin input and voice make of it, one sound-alike per character (舍情, 社青, 社情名意); 嘛事儿 (天津、河北) is a matter. */
const TOPIC = '(?:[社舍设涉射摄][情青清晴请][民名明敏][意义议以益](?:信息)?|民意|情况|问题|建议|见意|建意|意见|事情|事儿|事体|(?:嘛|啥)事儿?|事)';
const SEPARATORS = /^[\s:：,，。.!！~～、;；]*(?:[吧啊哈呀哦嘛撒噻咯哒][\s:：,，。.!！~～、;；]*)?/u;

const SAY = new RegExp(`^${GREETING}${SUBJECT}${WANT}${VERB}${MEASURE}${TOPIC}`, 'iu');
/** 我想反映一下城南路口……: with 一下 the story itself may follow the verb. */
// "麻烦登记一下，滨江公园的健身器材……": asked of us politely.
const SAY_SOMETHING = new RegExp(`^${GREETING}(?:你|您)?${SUBJECT}(?:想要|想|要|麻烦|麻烦帮我|帮我|请帮我)?${VERB}一下`, 'iu');
/** "反映个乡镇卫生院的情况": what it is about said with the phrase; it stays as the start of the story. */
const SAY_ABOUT = new RegExp(`^${GREETING}${SUBJECT}${WANT}(?:[反返发翻放泛][映应影]|报|说说?|讲讲?|唠唠?)${MEASURE}(?=[^，。！？?\\s]{2,12}的(?:情况|问题|事情|事儿|事)(?:$|[，。！\\s]))`, 'iu');
/** 我有个情况想反映, 我这有个事想跟你们说一下, 我有个建议. */
// 想请你们转达: passed on by the office.
// 想通过社情民意反映: the channel named before the verb.
const TELL = `(?:(?:跟|和|向|给|请)(?:你|你们|您|您们|恁|政协)?)?(?:(?:通过|以|用|走)[社舍设涉射摄][情青清晴请][民名明敏][意义议以益](?:信息)?(?:的)?(?:形式|渠道|方式)?)?(?:${VERB}|说|汇报|转达|转交|转给|报给)`;
const HAVE = new RegExp(
  `^${GREETING}${SUBJECT}(?:这里|这边|这儿|这)?有${MEASURE}(?:(?:[社舍设涉射摄][情青清晴请][民名明敏][意义议以益](?:信息)?|建议)(?:想|要|需要)?(?:${TELL})?|(?:情况|问题|事情|事儿|事)(?:想|要|需要)${TELL})(?:一下)?`,
  'iu',
);
/** "麻烦您帮我把这个社情民意报上去", "帮我把这个报上去，我从公众号上看到的": the report handed over to be passed on. */
const HAND_OVER = new RegExp(
  `^${GREETING}${SUBJECT}${WANT}把(?:(?:这个|这条|这篇|这则|这一条|一个|一条|个|条)?[社舍设涉射摄][情青清晴请][民名明敏][意义议以益](?:信息)?(?:给(?:您|你|你们))?(?:报|交|提交|递交|转|发|上报|反映|递)(?:上去|上|一下|给[^，。！!\\s]{1,6})?|(?:这个|这篇|这段|这条|下面这个|下面这段|下面的|以下)(?:内容|文章|材料|东西)?(?:给(?:您|你|你们))?(?:报上去|交上去|递上去|上报|反映上去))`,
  'iu',
);
const BARE = new RegExp(`^${GREETING}(?:[社舍设涉射摄][情青清晴请][民名明敏][意义议以益](?:信息)?|/opinion)[\\s。.!！]*$`, 'iu');
/** "介个事儿俺得说道说道：俺们……" (河北), "这个情况我想反映反映": the matter named first, the story after. */
const MATTER_FIRST = new RegExp(`^${GREETING}(?:这个|介个|这|有个)(?:事儿?|事情|情况|问题)(?:我|俺|我们|俺们)(?:得|想|要|必须|非得)(?:好好)?(?:说道说道|说道|说说|讲讲|唠唠|反映反映|反映一下|反映)[：:，,。！!\\s]*`, 'iu');
/** "我要反映", "想反映一下": the wish alone, the matter to follow. */
const WISH_ALONE = new RegExp(`^${GREETING}${SUBJECT}(?:想要|想|要)[反返发翻放泛][映应影](?:一下|下)?[\\s。.!！啊哈撒嘛]*$`, 'iu');
/** "我想报一条：应该把……": announced, and the matter follows the colon. */
const ANNOUNCED = new RegExp(`^${GREETING}${SUBJECT}${WANT}(?:[反返发翻放泛][映应影]|报|提)(?:一条|一个|一件|个|条|件)[：:]`, 'iu');
/** "社情民意：城区学校周边……": the form's name as a label before the story. */
const LABELLED = new RegExp(`^${GREETING}[社舍设涉射摄][情青清晴请][民名明敏][意义议以益](?:信息)?(?:[：:]|[ \\t]*\\n)`, 'iu');

/** What asks about the procedure rather than starting it: 需要什么材料, 怎么写, 有什么要求？ */
const PROCEDURE_START =
  /^(?:需要|要|应该|该|得|可以|能|的)?(?:怎么|怎样|如何|什么|哪些|有什么|有哪些|多久|多长时间|几天|去哪|在哪|找谁|有没有|是不是|是否|吗)/u;
const PROCEDURE_NOUN = /材料|格式|模板|流程|要求|范文|字数|程序|步骤|条件|渠道|方式|时限|手续|表格|回复|进度/u;
const QUESTION_MARK = /[?？吗呢么][\s。.!！]*$/u;
// ("好几个乡镇" asks nothing.)
const QUESTION_WORD = /怎么|怎样|如何|什么|哪|吗|多少|(?<![好这那])几|是否|能否|可否/u;
/** Asking leave to start is a start: 我想反映个情况，可以吗？ */
const MAY_I = /^(?:可以吗|行吗|好吗|方便吗|在吗|可以不|行不行|可不可以)[\s?？。!！]*$/u;
const QUESTION_LIMIT = 30;

// ("跟你们港个事撒 算是反映个社情民意": the verb may come with it.)
// ("我又回来了，物业说没钱修，还是反映一下社情民意吧": reported after all.)
const NAMED_AT_END = /^([^？?]*?)[，,。\s]*(?:(?:这个)?(?:就)?(?:算|当|作为)(?:是)?(?:反映|反应|报|上报)?(?:个|一个|一条)?|(?:那|那就)?(?:还是|就)(?:反映|反应|报)(?:一下|下|个|一个|一条)?)社情民意(?:吧|啊|哈|嘛)?[。！!]*$/u;
/** "转一段网上看到的，…想作为社情民意反映": the wish to report, said last; the matter is yet to come. */
const WISHED_AT_END = /(?:^|[，,。！!\s])(?:我)?(?:想|要|准备|打算)(?:把它|把这个|把这事)?(?:作为|当作?|当成)社情民意(?:来)?(?:反映|反应|上报|提交|报上去|报)(?:一下)?(?:吧|啊|哈|嘛)?[。！!]*$/u;

/**
 * "这算不算社情民意：我发现好多快递驿站……", "……老师被安排去街上站岗 这中不中反映？": a story told
 * with the member asking whether it may be reported is where the report starts.
 */
// (The story pointed back at, "这…": "能反映吗？" alone asks about reporting in general.)
const MAY_IT_BE = '(?:这|这个|这种事|这事|这种情况|这个事)(?:算不算|能不能算|可以算|能算|中不中|能不能|可不可以|可以|能|行不行)(?:是)?(?:反映|报|[社舍]情民意)(?:吗|不|么|吧)?';
const ASKED_FIRST = new RegExp(`^${MAY_IT_BE}[：:？?，,\\s]+(?=\\S)`, 'u');
const ASKED_AFTER = new RegExp(`^([^？?]+?)[，,。\\s]*(?<![才只都也])${MAY_IT_BE}[？?。！!\\s]*$`, 'u');
const ASKER = /^(?:(?:恁好|您好|你好|小助手)[，,\s]*)?(?:俺|我)?(?:想)?(?:问一下|问下|问问|请问)[，,\s]*/u;
/** Least characters of a story told with the asking, for it to be a report rather than a question about one. */
const STORY_WITH_ASKING = 16;

const PASS_IT_ON = /^(?:给|向|跟|帮我)?(?:上头|上面|上级|领导|政府|你们|有关部门)?(?:反映|反应|说说|报告|汇报|报上去)(?:反映|一下|下)?[吧啊哈呗。！!～~]*$/u;

const AND_ANOTHER_THING = /(?<=\S{4})[。！!？?\n]\s*(?:另外|还有|再有|再就是|顺便|对了)(?:一件事|个事)?(?:说一下)?[，,：:\s]*(?=\S)/u;

/** Self-introductions and greetings before the phrase: 您好，我是民盟的徐丽，我想反映个情况. */
// (Voice input and elderly members pause with a space: "福生无量天尊 我是……".)
const CLAUSE_END = /(?<=^[^\n]{1,40}?)(?:[，,。！!~～]+\s*|\s+)/gu;
/** A word to the bot, then how the member calls themself (老王, 团市委小刘, 周老师), then a remark. */
const SELF_LEAD =
  /^(?:(?:小助手|助手|你好|您好|在吗)[，,\s!！~～]*)?(?:\p{Script=Han}{0,4}?(?:委|局|办|院|校|厂|所|站|部|公司|中心|协会)(?=[老小]))?(?:[老小](\p{Script=Han})|(\p{Script=Han})(?:老师|主任|医生|大夫|工|总|校长|院长|书记|律师))(?:我)?(?:又)?(?:来)?(?:麻烦你了|麻烦您了|麻烦你啦|打扰了|交作业(?:啦|了|咯)?|报到(?:啦|了)?|来了|又来了)?[\p{Extended_Pictographic}\u{FE0F}\s，,!！~～]*/u;
// ("阿弥陀佛，我是……": any short greeting of the member's own before it.)
// ("王秘书您好", "福生无量天尊": a call or a blessing of up to six characters.)
// ("亲，在吗？我是教育界的，反映个情况": asking whether anyone is there is a greeting too.)
const INTRO_WORDS = /^(?:(?:喂|亲|您好|你好|老师好|在吗|在不在|hello|hi|嗨|哈喽|\p{Script=Han}{2,6}(?=[，,。！!~～？?\s]))[，,。！!~～？?\s]*)*(?:我是|我叫|俺是|俺叫|本人)/iu;

/** Voice input has no commas: "喂你好我是民建的刘洋啊我想反映一下……". The introduction ends where 我想/我要 begins. */
function runOnIntroduction(message: string): string | undefined {
  const at = message.slice(0, 40).search(/(?<=.{4})(?:我|本人)?(?:想|要)/u);
  return at > 0 ? message.slice(0, at) : undefined;
}

/** The phrase at the start of the message. */
function phraseAt(message: string): { rest: string } | null {
  if (BARE.test(message) || WISH_ALONE.test(message)) return { rest: '' };
  const phrase = SAY.exec(message) ?? HAVE.exec(message) ?? SAY_SOMETHING.exec(message) ?? LABELLED.exec(message) ?? SAY_ABOUT.exec(message) ?? ANNOUNCED.exec(message) ?? HAND_OVER.exec(message);
  if (!phrase) return null;
  const after = message.slice(phrase[0].length);
  // "反映的问题什么时候有回复": the phrase must end where a word ends.
  if (/^[的了过]/u.test(after)) return null;
  // "跟你唠个事儿，算社情民意": naming what it is adds nothing to the story.
  // "……，给上头反映反映": asking again to pass it on is no story either.
  const rest = after.replace(SEPARATORS, '').trim().replace(/^算(?:是)?(?:个|一条)?社情民意[吧啊哈]?$/u, '').replace(PASS_IT_ON, '').replace(/^(?:一则|一条|一篇|一件)[。，,！!\s]*/u, '');
  // "提交社情民意需要什么材料？" is a question; "我想反映个情况：……怎么没人管？" is a story.
  const asks =
    PROCEDURE_START.test(rest) || (PROCEDURE_NOUN.test(rest) && QUESTION_MARK.test(rest)) || (/[?？]\s*$/u.test(rest) && QUESTION_WORD.test(rest));
  if (rest !== '' && !MAY_I.test(rest) && charCount(rest) <= QUESTION_LIMIT && asks) return null;
  // "反映社情民意能用语音发吗？我打字慢": the first clause after the phrase asks about the procedure.
  const firstClause = /^[^，,。！!；;\n]*?(?:[？?]|吗|么)/u.exec(rest)?.[0];
  const aboutDoingIt = firstClause && (PROCEDURE_NOUN.test(firstClause) || /^(?:能|可以|可不可以|能不能|是不是|要不要|需要|用)/u.test(firstClause));
  if (firstClause && aboutDoingIt && !MAY_I.test(rest) && charCount(firstClause) <= QUESTION_LIMIT) return null;
  // "我想提个问题" asks the bot something; 反映问题 reports one.
  if (/提(?:一?个|几个|点)?问题$/u.test(phrase[0]) && (rest === '' || QUESTION_MARK.test(rest))) return null;
  return { rest: MAY_I.test(rest) ? '' : rest };
}

/**
 * The start of a report and the message after it (possibly the story itself), or null. A
 * self-introduction before the phrase stays in `rest`, for the contact details to be read from it.
 */
export function readStartPhrase(text: string): { rest: string } | null {
  const message = normalizeMessage(text).trim();
  // "我以经济界召集人的身份报一条……": the capacity is who reports, kept as an introduction.
  const capacity = /^(?:我|本人)以([^，。！？\s]{2,12}?)的?(?:身份|名义)/u.exec(message);
  if (capacity) {
    const started = readStartPhrase(`我${message.slice(capacity[0].length)}`);
    return started && { rest: [`我是${capacity[1]}`, started.rest].filter(Boolean).join('，') };
  }
  const matterFirst = MATTER_FIRST.exec(message);
  if (matterFirst) return { rest: message.slice(matterFirst[0].length).trim() };
  const direct = phraseAt(message);
  if (direct) return { rest: direct.rest };
  // "周老师报个社情民意", "小助手 老王我又来麻烦你了 报个…", "团市委小刘来交作业啦😄 反映个…": how
  // the member calls themself, with a word to the bot, before the phrase.
  const called = SELF_LEAD.exec(message);
  const lead = called && isSurname((called[1] ?? called[2])!) ? called[0] : '';
  const afterLead = lead !== '' && charCount(lead) <= 16 ? phraseAt(message.slice(lead.length)) : null;
  if (afterLead) return { rest: afterLead.rest };
  // "明远报个社情民意啊": two characters before the phrase, and nothing after, call the member (or
  // the matter, which the story asked next will tell).
  // ("我的社情民意" asks for their reports: the phrase must be said with its verb, after no pronoun.)
  const two = /^(?![我你他她咱俺本])\p{Script=Han}(?!的)\p{Script=Han}(?=[报反返发翻放泛提说讲写唠])/u.exec(message)?.[0];
  const afterTwo = two ? phraseAt(message.slice(2)) : null;
  if (afterTwo && afterTwo.rest === '') return afterTwo;
  // "王秘书，我跟你唠唠我们屯子的事，算社情民意": what it is, named at the end; the story follows.
  // (Who the member is, said before the wish, is kept for the contact details.)
  const wished = WISHED_AT_END.exec(message);
  if (wished) return { rest: /我是|我叫|本人|俺是/u.test(message.slice(0, wished.index)) ? message.slice(0, wished.index) : '' };
  const named = NAMED_AT_END.exec(message);
  if (named) return { rest: charCount(named[1] ?? '') > 20 ? (named[1] ?? '') : '' };
  const first = ASKED_FIRST.exec(message);
  const told = first ? message.slice(first[0].length) : ASKED_AFTER.exec(message)?.[1]?.replace(ASKER, '');
  // ("社情民意是不是只有委员才能报": a question about reporting, not a story.)
  if (told && charCount(told) >= STORY_WITH_ASKING && !QUESTION_WORD.test(told)) return { rest: told.trim() };
  // "黄海燕，反映个乡镇卫生院的情况": the name alone before the phrase.
  // ("邱伟啊，工商联的，说个社情民意": with a particle, and who they are after it.)
  const bareName = /^(\p{Script=Han}{2,4}?)(?:啊|呀|哈|嘛)?[，,\s]+(?:([^，,。！!？?\s]{2,8}的)[，,\s]+)?/u.exec(message);
  const afterName = bareName?.[1] && readPersonName(bareName[1]) === bareName[1] ? phraseAt(message.slice(bareName[0].length)) : null;
  const introduced = bareName ? [`我叫${bareName[1]}`, bareName[2]].filter(Boolean).join('，') : '';
  if (bareName && afterName) return { rest: afterName.rest === '' ? introduced : `${introduced}，${afterName.rest}` };
  // "材料明天我让司机送过去。另外有个事想反映：……": other business first, then the report.
  const besides = AND_ANOTHER_THING.exec(message);
  const afterBesides = besides ? phraseAt(message.slice(besides.index + besides[0].length)) : null;
  if (afterBesides && afterBesides.rest !== '') return afterBesides;
  if (!INTRO_WORDS.test(message)) return null;
  // The introduction is one or two clauses, or in voice input whatever comes before 我想.
  const clauses = [...message.matchAll(CLAUSE_END)].slice(0, 2).map((match) => match.index + match[0].length);
  const run = runOnIntroduction(message);
  for (const end of [...clauses, ...(run === undefined ? [] : [run.length])]) {
    const later = phraseAt(message.slice(end));
    if (!later) continue;
    const who = message
      .slice(0, end)
      .replace(/^(?:(?:喂|亲|您好|你好|老师好|在吗|在不在|hello|hi|嗨|哈喽|\p{Script=Han}{2,6}(?=[，,。！!~～？?\s]\s*(?:我是|我叫|俺是|俺叫|本人)))[，,。！!~～？?\s]*)*/iu, '')
      .replace(/[，,。！!~～\s]+$/u, '');
    // A pasted document after the phrase keeps its lines: its title line must stay a line of its own.
    return { rest: later.rest === '' ? who : `${who}${later.rest.includes('\n') ? '\n' : '，'}${later.rest}` };
  }
  return null;
}

/** The message without a leading start phrase, or as it is when it has none. */
export function withoutStartPhrase(text: string): string {
  const body = text.trim().replace(/^\/opinion(?:@\w+)?\s*/iu, '');
  return readStartPhrase(body)?.rest ?? body;
}

// "叫环保局夜里来查查，该关就关": an office told to act, and 该X就X, ask for measures in plain words.
// "能不能要求几家单车公司……", "要是能延长到晚上9点……也好", "与其每年配新书，不如……": asks in everyday words.
const ASK = /建议|建[义意]|希望|呼吁|应该|应当|恳请|请求|请有关部门|请相关部门|尽快|亟需|亟待|急需|能否|可否|(?:能不能|可不可以|是不是能|是不是可以)(?![^？?。！!]{0,2}(?:给我|帮我|告诉我|跟我|为我|替我|给咱))(?=[^？?。！!]{0,10}(?:要求|让|请|把|在|增加|增设|设|建|开|延长|安排|协调|统一|规定|出台|用|改))|要是[^。！？!?]{0,8}能[^。！？!?]{2,40}(?:就好了|也好|多好)|完全可以|其实可以|可以考虑|与其[^。！？!?]{2,30}不如|(?:的)?(?:意见|想法|办法)是|请.{0,6}(?:解决|处理|整改|落实)|(?:叫|让|请)[^，,。！？]{0,6}(?:局|部门|政府|委|办|中心|站|所|队|街道|社区|乡里|镇里)[^，,。！？]{0,6}(?:查|管|修|处理|解决|整治|看看)|该(\p{Script=Han})就\1/u;
const PROBLEM =
  /不会用|不会弄|弄不来|搞不懂|看不懂|太(?:贵|高|少|多|远|慢|差|乱|吵|脏|短|长|小|挤|早|晚|难)|只能|占着|油烟|没人管|不让|看不清|质量不好|起球|拖欠|欠薪|没有|没人|没法|没办法|受不了|不愿意|不敢|受罪|遭罪|睡不着|找不到|上不去|进不去|生活困难|占用|占道|停满|被骗|受骗|摔倒|摔伤|脏|臭|吵|贵|不方便|麻烦|担心|抱怨|缺乏|缺少|不足|不够|困难|难|乱|堵|危险|隐患|破损|损坏|污染|严重|频发|事故|不便|投诉|反映|影响|安全|无法|不能|坏了|积水|噪音|扰民|排污|偷排|死了|发臭|冒烟|黑烟|漏水|塌了|裂缝|丢了|没人修|不达标|超标|刮伤|撞伤|受伤|挤成一团|稀烂|坑坑洼洼|坑洼|绕道|超载|乱倒|偷倒|乱停|乱扔|乱搭乱建|没人修|烂了|意见(?:很|特别|比较|挺)?大|怨声载道|叫苦|苦不堪言|不统一|不规范|参差不齐/gu;
/** "能不能提高基础养老金": a suggestion put as a question (not enough to call a message a report). */
const ASKED_AS_QUESTION = /(?<![觉记懂值舍获取使显晓认免省])得(?:换|修|改|装|建|加|拆|搬|迁|管|查|整|清|扩|增|设|配|派)|能不能|可不可以|可以考虑|最好(?![的吃看玩听过])|(?:我觉得|我认为|我的想法是?|我看)[^，。！？]{0,10}?(?:要|应|可以|得|该|最好)|至少要|必须|一定要|得赶紧|要尽快/u;
/** Measures a suggestion names without saying 建议: 增设、恢复、纳入、给补贴. */
const ACTION = /给(?:点|些|一点|一些)(?:政策|补贴|支持|资金|优惠|扶持|奖励)|增设|增加|建立|设立|加强|出台|推广|开放|恢复|控制在|补贴|给予|纳入|开通|安装|整治|规范|督促|限期|提高|降低|延长|统一|多办|多建|嵌入|派人|安排|公示|取消|禁止|严查|严管|查处|清理|改造|扩大|修好|修复|解决|衔接|迁走|搬走|配齐|加开|增开|减免|简化|校验|曝光|更换|推行|实行|引进|引入|排查|核查|明确|完善|优化|落实|配备|单列|专款|兜底/u;
/** "没有统一标准", "一直未落实": a measure missing is the problem told, not one asked for. */
const NOT_DONE = new RegExp(`(?:没有|没|缺乏|缺少|未|不)(?:${ACTION.source})`, 'gu');
/** "市场监管局要定期校验": an office that should do something is a suggestion, whatever else it tells. */
const OFFICE_SHOULD = /(?:局|部门|政府|委员会|委|办|中心|单位|学校|医院|社区|街道|公司|物业|平台|银行|机关)(?:要|应|应该|应当|得|需要|必须|最好|可以|能|牵头)/u;

/** "夜市可以搬到空地"，"景区要再建一个停车场"，"搞预约限流也行": a measure said plainly. */
// 要 of 主要/重要 and the 得 of 堆得/弄得 ("堆得跟小山一样") say how things are, not what to do.
const MODAL = /可以|(?<![主重只])要|应|(?<![堆弄搞做说记觉懂值舍获取使显晓认免省变长闹吵挤搞气急])得|该|搞|建|设|加|开|配|派|管|查|也行|就行|就好|为好/u;
/** What happened or how things are: 去年撤了, 等了四十多分钟, 那天两台都出去了. */
// "中介还从每个学生工资里抽成": 还 / 而且 / 甚至 go on with what was told.
const TOLD = /^(?:[^，。！？\s]{1,6}?)?(?:还|而且|甚至|另外还|更有甚者)(?!要|得|应|请|建议|希望)|^(?:主要|原因|问题|根子|症结|关键)(?:是|在于|出在)|了|过|去年|前年|上个?月|上周|前天|昨天|那天|后来|以前|原来|现在|只有|没有|根本|一直|天天|每天|经常|总是|\d|[一二两三四五六七八九十百千万]+(?:个|名|人|户|次|年|月|天|台|辆|块|元|万|小时|分钟|公里|米)/u;

/**
 * Asked for the suggestion, whether a message gives one: an ask or a measure, or a plain "can/should
 * do" that tells no event; "后来一问，县城只有两台救护车" tells more of the story instead.
 */
export function readsAsSuggestion(text: string): boolean {
  // A modal word alone ("开裂" holds 开, "要走三里路" 要) does not make a told problem a suggestion.
  return readsAsAsk(text) || (MODAL.test(text) && !TOLD.test(text) && !readsAsProblem(text)) || (TO_BE_DONE.test(text) && !PAST.test(text));
}
/** "景区附近要再建一个停车场": a measure to be taken, though it counts what (一个). */
const TO_BE_DONE = /(?:要|应该|应当|需要|最好)(?:再|多|尽快|赶紧|赶快)?(?:建|修|设|加|装|开|配|派|增|换|改|拆|搬)/u;
const PAST = /了|过|去年|前年|以前|原来|当时|之前/u;

/** A message that goes on telling what happened, with no ask in it. */
export function tellsMoreOfTheStory(text: string): boolean {
  return !readsAsSuggestion(text) && (TOLD.test(text) || readsAsProblem(text));
}

/** Whether the text asks for something to be done (a suggestion), in words or by naming measures. */
export function readsAsAsk(text: string): boolean {
  // ("学前教育的也被安排进厂": what was done to people is told, not asked.)
  // ("听说明年才轮到老旧小区改造": what the member heard is planned is told, not asked.)
  return ASK.test(text) || ACTION.test(text.replace(NOT_DONE, '').replace(/听说[^，。！？]*/gu, '□').replace(/被[\u4e00-\u9fff]{0,3}?(?:安排|规范|整治|纳入|提高|降低|延长|恢复|开放|控制|统一|派)/gu, '被□').replace(/(?:补贴|资金|经费|政策|工资)(?=[^，。！？]{0,2}(?:(?:没|不|未)(?:到位|发|落实|兑现|了|有了)|(?:取消|停|断|砍)(?:了|掉)))/gu, '□')) || ASKED_AS_QUESTION.test(text) || OFFICE_SHOULD.test(text);
}

/**
 * A first message telling a local problem without asking anything yet (the suggestion often
 * follows in the next message): worth offering as a report, never started without asking.
 */
export function looksLikeStory(text: string): boolean {
  const message = normalizeMessage(text).trim();
  if (charCount(message.replace(/\s/gu, '')) < 30 || /[?？吗么]/u.test(message) || TO_THE_BOT.test(message)) return false;
  const problems = new Set(message.match(PROBLEM) ?? []).size;
  if (problems >= 2 || (problems >= 1 && (message.search(PLACE_WORD) >= 0 || /我们|我家|这边|那边/u.test(message)))) return true;
  // "我们村的村医今年七十一了，全村一千多人看病拿药都靠他一个人": a longer account of one's own place, with figures.
  return charCount(message.replace(/\s/gu, '')) >= 30 && /我们|俺们|咱们|我家|村里|小区里/u.test(message) && FIGURES.test(message) && !QUESTION_WORD.test(message);
}

/**
 * "小区垃圾分类搞了两年，现在四个桶摆在那，居民还是混着扔……": a long account of how things are,
 * told over several clauses with what happened or how many, asking nothing. Members send such a
 * message to the bot to have it reported, so it is offered as a report (the member may say no).
 */
export function looksLikeAccount(text: string): boolean {
  const message = normalizeMessage(text).trim();
  if (charCount(message.replace(/\s/gu, '')) < MIN_REPORT || /[?？]|多少|帮我查|查一下|你帮我|请帮|告诉我/u.test(message) || TO_THE_BOT.test(message)) return false;
  const clauses = message.split(/[，,。；;！!\n]/u).filter((clause) => charCount(clause.trim()) >= 3);
  // "……怎么办", "……对吗": a question without its mark; "几家企业" in a story is no question.
  if (clauses.some((clause) => /(?:吗|么|呢|怎么办|为什么)$|^(?:怎么|如何|为什么|请问|是不是|能不能|可不可以)/u.test(clause.trim()))) return false;
  return clauses.length >= 4 && TOLD.test(message) && (FIGURES.test(message) || readsAsProblem(message));
}

/** A story with nothing asked of us: no question mark or question word. */
export function asksNothing(text: string): boolean {
  return !/[?？]/u.test(text) && !QUESTION_WORD.test(text);
}

/** "建议卫健局提高村医补助……": a suggestion to an office, sent on its own without a start phrase. */
export function looksLikeSuggestionToAnOffice(text: string): boolean {
  const message = normalizeMessage(text).trim();
  if (charCount(message.replace(/\s/gu, '')) < 15 || /[?？吗么]/u.test(message) || QUESTION_WORD.test(message)) return false;
  return /^(?:我)?(?:建议|希望|恳请|呼吁)[^，,。]{0,12}?(?:局|部门|政府|委员会|委|办|中心|公司|医院|卫生院|学校|街道|社区|镇里|县里|市里)/u.test(message) && ACTION.test(message);
}

/** Whether the text tells of a problem (its words, or figures of harm). */
export function readsAsProblem(text: string): boolean {
  return (text.match(PROBLEM) ?? []).length > 0 || FIGURES.test(text);
}
// ("一学期收费三百到六百不等": hundreds said in words; "请城管一起把排水沟修一下": 一起 is together,
// unless an incident follows, "一起事故".)
const FIGURES = /\d|[一二两三四五六七八九十百千万](?:个|名|人|户|位|次|年|月|天|所|条|辆|家|座|余|多)|[二两三四五六七八九十百千万]起|一起(?=事故|案件|纠纷|事件|火灾|车祸|意外|投诉|类似)|[一二两三四五六七八九十][百千万]/u;
/** Asking the bot something: 请问…, 帮我写…, …怎么办？ */
const TO_THE_BOT = /^(?:请问|我想问|想问一下|问一下|请教|咨询一下|帮我|请帮我|你能|你可以|能不能帮我|你好请问|您好请问)/u;
/** Characters other than spaces, punctuation included. */
const MIN_REPORT = 50;

/**
 * Whether a message without a start phrase is a report: long (≥ 60 characters), telling of a
 * local problem and/or asking that something be done, and not a question to the bot.
 */
export function looksLikeReport(text: string): boolean {
  const message = normalizeMessage(text).trim();
  if (charCount(message.replace(/\s/gu, '')) < MIN_REPORT) return false;
  if (TO_THE_BOT.test(message.replace(/^[^，,。！!]{0,6}?[，,！!]/u, (g) => (/好|在吗|助手/u.test(g) ? '' : g)))) return false;
  const asks = ASK.test(message);
  if (!asks && /[?？][\s]*$/u.test(message)) return false;
  const problems = new Set(message.match(PROBLEM) ?? []).size;
  const place = message.search(PLACE_WORD) >= 0;
  const score = (asks ? 2 : 0) + Math.min(problems, 2) + (place ? 1 : 0) + (FIGURES.test(message) ? 1 : 0);
  return score >= 3 && (asks || problems >= 2);
}
