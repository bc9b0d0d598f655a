import { ABSENT_BECAUSE, EXCUSE, EXPLICIT_LEAVE, LEAVE, MEETING_ONLY, PART_OF_MEETING, PARTIAL, REASON_DROP, REASON_LEAD, REASON_TAIL } from './reply-vocabulary.ts';

/**
 * What is kept of a reply in the member's own words: the reason for a leave, and the note on coming
 * only in part (late, early, the afternoon only) with the cause said beside it.
 */

const LEAVE_ALL = new RegExp(LEAVE.source, 'gu');

/** The member's own explanation, without the leave words, apologies and requests for approval. */
export function reasonOf(clauses: string[]): string {
  const kept: string[] = [];
  let onlyBusy = '';
  for (const part of clauses.join('，').replace(LEAVE_ALL, (words) => (EXCUSE.test(words) ? words : '，')).split(/[，。！；…？]/u)) {
    let text = part.trim();
    for (let before = ''; before !== text; ) {
      before = text;
      if (BUSY.test(text)) onlyBusy = text;
      text = REASON_DROP.test(text) ? '' : text.replace(REASON_LEAD, '').replace(REASON_TAIL, '').trim();
    }
    // A word left over once a meeting's name is taken out ("要" of "要发言那个") is no reason.
    // "要发言的那个": pointing at the meeting is no reason either.
    // "第十次" left of "第十次常委会" once the meeting's name is out: no reason either, nor "上回" of "上回请了假", nor "通知收到了",
    // nor "两个都报" of "两个都报请假".
    if (text && [...text].length > 1 && !MEETING_ONLY.test(text) && !/^[^，]{1,10}的那(?:个|场)(?:会)?$|^第[一二三四五六七八九十\d]+(?:次|届)$|^(?:上|这|那)(?:回|次)$|^(?:两个|俩|两场|这两个)(?:会)?(?:我)?(?:都|全)(?:报|给我报|帮我报|请|回)?$|^(?:两个|那个|这个)?(?:会议)?(?:通知)?(?:我)?(?:都)?(?:收到|看到|知道)了$/u.test(text)) kept.push(text);
  }
  // "实在抽不开身，请假吧": busy is all the reason given with the leave; said beside another one it adds
  // nothing, and "走不开" alone still gets asked why.
  return kept.length ? kept.join('，') : EXPLICIT_LEAVE.test(clauses.join('，')) ? onlyBusy : '';
}

/** Being too busy to come: a reason of its own only when no other is given. */
const BUSY = /^(?:走不开|脱不开身?|抽不开身?|抽不出(?:时间|空)|分身乏术)$/u;

const REMARK_LEAD = /^(?:但是?|不过|就是|只是|可是|只不过|然后|而且|另外|我|本人)+|^(?:我|本人)?(?:那天|当天|到时候?|届时)?(?:会|一定|肯定|准时|按时|也)?(?:参加|出席|到会|参会)(?:的|哈)?(?:但是?|不过|就是|只是|可是)?/u;

/** The partial-attendance clauses in the member's words, without the 我参加 / 但是 around them. */
export function remarkOf(clauses: string[]): string {
  return clauses
    .map((clause) => {
      let text = clause;
      for (let rest = text.replace(REMARK_LEAD, ''); rest !== text && (PARTIAL.test(rest) || LEAVE.test(rest) || PART_OF_MEETING.test(rest)); ) {
        text = rest;
        rest = text.replace(REMARK_LEAD, '');
      }
      // "但高铁九点才到站": the cause keeps its words, not the 但 that joined it to the yes.
      return text.replace(/^(?:但是|但(?!愿)|不过|可是|只是)(?=\p{Script=Han}{2})/u, '').replace(/(?:不好意思|抱歉)$/u, '').replace(/[哈啊呀哦吧]+$/u, '');
    })
    .join('，');
}

/**
 * "四点要赶回公司开会，得提前走", "晚一点，航班八点半才落地", "上午有门诊，十点后才到": a duty, a
 * journey or an engagement said right beside leaving early or coming late is why; it goes in the note too.
 */
export function withCauses(clauses: string[], partial: string[], attending: string[]): string[] {
  return clauses.filter((clause, i) => {
    if (partial.includes(clause)) return true;
    const beside = [clauses[i - 1], clauses[i + 1]].some((next) => next !== undefined && partial.includes(next));
    // "晚点到，三点前能到": the hour they expect to arrive by says how late.
    // "晚点到，三点左右": the hour alone, beside it, says the same.
    if (beside && (ARRIVES_BY.test(clause) || ABOUT_THE_HOUR.test(clause))) return true;
    return beside && !attending.includes(clause) && (DUTY.test(clause) || ABSENT_BECAUSE.test(clause)) && !/参加|过去|过来/u.test(clause);
  });
}
// ("11点有个接待": an engagement at an hour, beside leaving early, is why; so is "十点结束", when it ends.)
const DUTY = /^(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|钟|多)?(?:还|要|得)?有|^(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|钟|多)?(?:才|能|就)*(?:结束|完|散会|散)(?=$|[了吧])|(?:要|得|必须|需要)先?(?:赶|回|去|开|接|送|见|陪|上)|高铁|动车|火车|航班|飞机|班机|落地|到站|堵|塞车|(?:接|送)(?:孩子|小孩|老人)|才(?:能|会)?(?:到|结束|完|下来|回来|出发)|(?:做|忙|开|弄|上)到(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点/u;
// ("送完孩子过去大概九点半": the hour closing the clause, reckoned, is when they get there.)
const ABOUT_THE_HOUR = /^(?:大概|估计|差不多|大约)?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|钟|一刻|多|\d{1,2}分?)?(?:左右|前后|的样子)(?:吧|哈)?$|(?:大概|估计|差不多|大约)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|钟|一刻|多|\d{1,2}分?)?(?:左右|前后|的样子)?(?:吧|哈)?$/u;
const ARRIVES_BY = /(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|整|一刻|\d{1,2}分?)?(?:能|可以|就能|应该能|肯定能)(?:到|赶到)(?=$|[的了哈吧])|(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|钟|一刻|\d{1,2}分?)?(?:以前|之前|前|左右)(?:应该|估计|能|可以|肯定|一定|就)?(?:到|赶到|过来|赶过来)(?:得了)?(?=$|[的了哈吧])|(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|多|钟|一刻|\d{1,2}分?)?(?:才能|才|能|就能)?(?:到|赶到)(?:会场|现场|会上)?(?=$|[的了哈吧])/u;
