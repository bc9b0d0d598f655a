import { isPersonName } from './person-name.ts';

/**
 * Numbers of third parties in the story: "物业负责人王建军，电话139…，她说没钱修", "院办张丽华电话136…可以证实",
 * "社区主任赵春生139…知道情况". A post before a name, or 他/她 speaking of the holder right after the
 * number, says the number is somebody the member names, not the member: it stays in the story, and
 * the member's own number comes from a first-person cue (我的电话) or from the registry.
 */

/** Posts people are named by in a story; 院办/村医 are how members say "the hospital office", "the village doctor". */
export const POST =
  '(?:支书|书记|村长|村主任|主任|主席|会长|会计|出纳|队长|组长|站长|所长|科长|股长|局长|部长|处长|镇长|乡长|院长|校长|园长|经理|老板|医生|大夫|村医|校医|律师|网格员|网格长|负责人|联络员|管理员|工作人员|干事|师傅|院办|校办|村委|楼长|片长|保安|物业|财务|出纳员|同事|助理)';

/** A post, then a name of one to three characters, then at most a pause and words naming a number. */
const POST_THEN_NUMBER = new RegExp(
  // "陈医生（陈立新，189…）", "刘师傅（刘保国，电话136…）": the name in brackets after the post.
  `${POST}(?:\\p{Script=Han}{1,3}[，,\\s]?(?:[（(](?:电话|手机|联系电话|tel)?[：:]?|的?(?:电话|手机|联系电话|联系方式|号码)(?:号码?)?(?:是|为|[：:])?[，,]?)?|[（(]\\p{Script=Han}{2,4}[，,、\\s]*(?:电话|手机|联系电话|tel)?[：:]?)\\s*$`,
  'u',
);

/**
 * The holder of the number spoken of as 他/她 just after it: "…，她说没钱修", "，他那里有记录". Not
 * "她同意署名": staff forwarding a member's report speak of the member so, and that is consent.
 */
const HOLDER_AFTER = /^[）)]?\s*[，,。]?\s*(?:他|她)(?!们)(?!(?:本人)?(?:也)?(?:同意|不同意|愿意|不愿意|可以|要求|不要)?(?:署名|匿名|具名))/u;
/** "刘玉兰委员，妇联，138…": a member named with their title or sector is the one reporting. */
export const MEMBER_NAMED = /委员|界|党|学社|民盟|民建|民进|九三|致公|台盟|无党派/u;

/** "现场联系人：社区主任 吴某 135…": whom to contact at the place, not the reporter. */
export const SOMEBODY_TO_CONTACT = /(?:现场|当地|村里|村上|社区|对接|具体|负责|单位|学校|医院|企业|公司)联系人/u;

/** A name (two to four characters) with the words naming its number, ending where the number starts. */
const NAME_THEN_NUMBER = /\p{Script=Han}{2,4}[，,\s]?(?:(?:的)?(?:电话|手机|联系电话|号码)(?:是|为|[：:])?)?\s*$/u;

/** Calling a number, then what came of it or what it is for: "让打…咨询", "拨打…没人接". */
const CALLED_BEFORE = /(?<![我俺])(?:打|拨打|拨|致电)(?:了|过)?\s*$/u;
const CALLED_AFTER = /^\s*(?:咨询|查询|投诉|预约|没人接|无人接听|打不通|不通|占线|一直占线|也没人|都没人|问)/u;
/** "我打农业农村局冷链补贴申报电话0719-…问过": a body's line the member called, named between 打 and 电话. */
const CALLED_ITS_LINE = /(?:打|拨打|拨|致电)(?:了|过)?[^，,。；;！!？?\s]{2,20}(?:电话|热线|专线|号码)\s*$/u;
/** "可以找园区管委会企业服务科 0719-… 了解": a body to ask about the matter, with its number. */
const ASK_THERE = /(?:找|咨询|联系|问|询问)(?![我俺本])[^，,。；;！!？?]{2,20}?[\s：:]*$/u;
const TO_LEARN_MORE = /^\s*(?:了解|咨询|核实|询问|问问|核查)/u;

// ("她女儿电话是158…": the family of the one the story is about.)
const HIS_NUMBER = /(?:他|她)(?!们)(?:的)?(?:女儿|儿子|闺女|老伴|爱人|家属|家人|孩子|老公|老婆|媳妇|丈夫|妻子|子女)?(?:的|留了?(?:个|一个)?|给了?(?:我)?(?:个|一个)?)?(?:电话|手机|手机号|号码|联系电话|联系方式)(?:号码?)?(?:是|为|[：:])?\s*$/u;
const WRITTEN_FOR_HIM = /(?:让|叫|托)我(?:帮|替)|(?:帮|替|代)(?:他|她)(?:发|报|反映|打字)/u;

/**
 * A line a business or a caller in the story goes by: "招牌上写着订餐电话0719-…", "冒充医保局的电话，号码是170…和0719-…".
 * (Numbers listed together share the words before the first.)
 */
const ITS_LINE = /(?:订餐|订座|订购|外卖|送水|售后|客服|服务|报修|维修|招聘|中介|门店|店里|店铺|商家|公司|酒店|诊所|冒充[^，,。；;！!？?]{0,10}|诈骗|骗子|陌生|可疑|推销|骚扰|来电)(?:的)?(?:电话|热线|号码|手机号?)[，,\s]*(?:号码)?(?:是|为|[：:])?\s*(?:[\d\-－\s]{7,}\s*(?:和|、|跟|与|或|及|，|,)\s*)*$/u;

/** The member introducing themselves just before: "我叫李平，电话…", "我是社区主任李娟，电话…" are the member's own. */
const SELF_BEFORE = /(?:我是|我叫|我姓|本人是?|俺是|俺叫)[^。；;！!？?\n]{0,18}$/u;

/** A name, then the bracket the number is given in: "种粮大户刘国平(电话139…)", "店主陈红（138…）". */
const NAME_THEN_BRACKET = /(\p{Script=Han}{2,3})[（(](?:电话|手机|联系电话|联系方式|tel)?[：:]?\s*$/iu;
/** Words that make the name before the bracket the reporter's: "反映人：张三（139…）", "我王芳（…）". */
const REPORTER_NAMED = /联系人|反映人|姓名|署名|提交人|报送人|落款|(?:^|[，,\s])我$/u;

/** After the bracket, a signature goes on to consent or a sector, or ends the text: "王芳（139…）同意署名". */
const SIGNATURE_AFTER = /^\s*[）)][\s，,。；;]*(?:$|同意|不同意|署名|匿名|可以署名|民|九三|致公|农工|台盟|无党派|\p{Script=Han}{1,6}界)/u;

/** Somebody named in the story whose number follows in brackets; the member signs so too, at the end. */
function namedInBrackets(clause: string, after: string): boolean {
  const named = NAME_THEN_BRACKET.exec(clause);
  if (!named || MEMBER_NAMED.test(clause) || SIGNATURE_AFTER.test(after)) return false;
  const word = named[1]!;
  const name = [word, word.slice(1)].find((candidate) => candidate.length >= 2 && isPersonName(candidate));
  return name !== undefined && !REPORTER_NAMED.test(clause.slice(0, named.index + word.length - name.length));
}

/**
 * Whether the number found at [start, end) belongs to someone the member names in the story. The
 * caller lets a first-person cue just before the number (我的手机…) win over this.
 */
export function isSomebodyElsesNumber(text: string, start: number, end: number): boolean {
  const clause = text.slice(Math.max(0, start - 20), start).split(/[。；;！!？?\n]/u).pop() ?? '';
  if (SOMEBODY_TO_CONTACT.test(clause)) return true;
  if (SELF_BEFORE.test(clause)) return false;
  // "门口贴着让打0719-8645120咨询，打了好几遍没人接": a number the member called is the place's.
  if (CALLED_BEFORE.test(clause) && CALLED_AFTER.test(text.slice(end, end + 8))) return true;
  if (POST_THEN_NUMBER.test(clause)) return true;
  if (ITS_LINE.test(text.slice(Math.max(0, start - 40), start).split(/[。；;！!？?\n]/u).pop() ?? '')) return true;
  if (CALLED_ITS_LINE.test(clause) && CALLED_AFTER.test(text.slice(end, end + 8))) return true;
  if (ASK_THERE.test(clause) && TO_LEARN_MORE.test(text.slice(end, end + 6))) return true;
  if (namedInBrackets(clause, text.slice(end))) return true;
  // "我跟交通站的刘站长反映过 他电话136…": 他's number, unless the message is written for him.
  if (HIS_NUMBER.test(clause) && !WRITTEN_FOR_HIM.test(text)) return true;
  // "王建军，电话139…，她说…": a named person whose number is followed by talk about them.
  return HOLDER_AFTER.test(text.slice(end, end + 12)) && NAME_THEN_NUMBER.test(clause) && !MEMBER_NAMED.test(clause);
}
