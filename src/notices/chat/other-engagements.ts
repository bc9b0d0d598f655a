import { ABSENT_BECAUSE, ATTEND_WORD, OTHER_EVENT, OTHER_KIND, PAST, THIS_MEETING } from './reply-vocabulary.ts';
import { keptElsewhere } from './implied-answers.ts';
import { COMES_EXCUSED_ELSEWHERE } from './other-business.ts';

/**
 * Another engagement the member names: "要参加省里的培训", "派办公室主任代我去", "去省政协报到": the 参加
 * of it is marked, so that it does not read as attending ours, and it may be why the member is away.
 */

/** 参加 followed by what is attended; checked against another engagement (要参加省里的培训). */
// "本人因参加自治区……大会，无法出席": attending something else is the reason for the absence.
const ATTEND_WITH_OBJECT = new RegExp(`((?:要|得|需要|必须|在|正在|还要|去|赴|因|因为|由于)(?:[\\u4e00-\\u9fff]{0,4}?|[A-Za-z ]{1,20}?))?${ATTEND_WORD}(?=([\\u4e00-\\u9fff]{2,}))`, 'gu');
/** The mark left where another engagement's 参加 was. */
export const OTHER_ENGAGEMENT = '□';
/** "参加中青班培训", "去参加项目验收": a course, a contest or an inspection is never the meeting, whoever says it. */
const NEVER_OURS = /^[\u4e00-\u9fff]{0,6}?(?:培训|培训班|[^会]班|学习班|考试|比赛|论坛|讲座|课程|展会|博览会|典礼|婚礼|葬礼|验收|评审|迎检|答辩|年会|体检)/u;
const PAST_ATTENDANCE = new RegExp(`${ATTEND_WORD}(?=[了过])`, 'gu');
const ATTEND_ONCE = new RegExp(ATTEND_WORD, 'u');
const ENGAGEMENT_FIRST = new RegExp(`有(?:个|一个)?[^，。]{0,8}(?:培训|会议|会|活动|考试|课|调研|检查)[^，。]{0,3}(?:要|得|必须)${ATTEND_WORD}`, 'u');
/** "让副总替我开": to sit in the meeting is to attend it (not "替我开心"). */
export const TO_SIT_IN = '开(?:会|这个会)?(?=$|[，。！？,.!?\\s吧啊哈呀了])';
/** 请秘书代我参加, 让小刘代我去参加: someone else goes; the member is absent. */
const PROXY = new RegExp(`(?:代(?:表)?(?:我|为)?|替我|派人|委托[\\u4e00-\\u9fff]{0,4})(?:(?:去|来|过去)?${ATTEND_WORD}|(?:去|来|过去)?${TO_SIT_IN}|去|来|过去)`, 'gu');
const GOING_TO_A_PLACE = /^(?:要|得|需要|必须|还要)?(?:去|赴)\p{Script=Han}{2,4}$/u;
export const ANOTHER_BODY = /人大|党校|省委|市委|区委|县委|政府|省政协|全国政协|单位|公司|学校|医院|省里|部里/u;
const ANOTHER_BODY_MEETS = new RegExp(`(?:${ANOTHER_BODY.source})[^，。！？\\s]{0,6}?(?:开会|会议|大会)[^，。！？\\s]{0,4}?${ATTEND_WORD}`, 'u');
// (Unlike OUR_KIND, a bare 会议 said with another body is that body's: "在省人大列席会议".)
const OUR_MEETING = /^(?:常委会|协商会|专题协商|这个会|这次会|本次会|市政协)/u;
const OUR_KIND = /^(?:常委会|协商会|专题协商|座谈会|会议|这个会|这次会|市政协)/u;
// ("去省政协报到参加培训": what they check in for is the same engagement.)
const CHECKING_IN_ELSEWHERE = /((?:要|得|需要|必须|提前)?(?:过)?去(?![^，。！？\s]{0,6}(?:会场|会议室|会上|报到处|签到处|市民之家|机关))[^，。！？\s]{1,8}?)报到(?:参加|参会|出席)?/gu;

/** "要参加省里的培训": that 参加 is about another engagement; it is marked so it does not read as attending. */
export function markOtherEngagements(clause: string): string {
  if (PAST.test(clause)) return clause.replace(PAST_ATTENDANCE, '');
  // "省里有个培训要参加": an engagement named first, then attended ("那天省人大开会要列席": another body's meeting).
  if (ENGAGEMENT_FIRST.test(clause)) return clause.replace(ENGAGEMENT_FIRST, (all) => all.replace(ATTEND_ONCE, OTHER_ENGAGEMENT));
  if (ANOTHER_BODY_MEETS.test(clause)) return clause.replace(ANOTHER_BODY_MEETS, (all) => all.replace(ATTEND_ONCE, OTHER_ENGAGEMENT));
  // "后天要去省政协报到学习": checking in somewhere else; "跟校长请个假过来": excused elsewhere, to come.
  return clause.replace(COMES_EXCUSED_ELSEWHERE, '来参加').replace(PROXY, OTHER_ENGAGEMENT).replace(CHECKING_IN_ELSEWHERE, `$1${OTHER_ENGAGEMENT}`).replace(ATTEND_WITH_OBJECT, (word, duty: string | undefined, object: string) => {
    // "要去房县参加扶贫项目验收": going to another place to attend something is another engagement.
    const elsewhere = duty !== undefined && GOING_TO_A_PLACE.test(duty) && !OUR_KIND.test(object);
    // "在省人大列席会议": a meeting of another body.
    const ofAnotherBody = duty !== undefined && ANOTHER_BODY.test(duty) && !OUR_MEETING.test(object);
    const other = ofAnotherBody || (!THIS_MEETING.test(object) && (OTHER_EVENT.test(object) || NEVER_OURS.test(object) || (duty !== undefined && OTHER_KIND.test(object)) || elsewhere));
    return other ? `${duty ?? ''}${OTHER_ENGAGEMENT}` : word;
  });
}

/** What keeps the member from the meeting: "那天在外地出差", "那天我要在深圳谈合同", "女儿那天订婚". */
export function keepsTheMemberAway(said: string): boolean {
  return ABSENT_BECAUSE.test(said) || keptElsewhere(said) || OTHER_EVENT.test(said) || /(?:要|得)去\p{Script=Han}{1,8}?(?:开会|参会|办事|出差)|(?:那天|当天|\d{1,2}[号日])[^，。]{0,3}(?:要|得)/u.test(said) || markOtherEngagements(said).includes(OTHER_ENGAGEMENT);
}
