/**
 * A reply said by voice comes as one run of characters ("两个通知都收到了啊常委会那天我在外地回不来请个假
 * 协商会我准时到…"). Where a speaker would pause, a comma is put, so that each meeting and each
 * answer stands in its own clause: after a closing particle, before words that start a new thought,
 * before a meeting named, and after a leave asked.
 */

/** A run this long with no pause at all is speech typed by voice. */
const RUN_ON = 30;

const PAUSES: ReadonlyArray<RegExp> = [
  // "…收到了啊常委会…": a particle closing what was said.
  /(?<=\p{Script=Han}{2}[啊呀吧啦嘛哦])(?=\p{Script=Han})/gu,
  // "…客户那边改时间了所以我可以去的…": words that begin a new thought.
  /(?<=\p{Script=Han}{2})(?=但是|可是|不过|所以|因为|另外|然后|结果|到时候|就是可能)/gu,
  // "…回不来请个假协商会…", "…我准时到发言稿…", "…提前一刻钟到穿正装…", "…通知我看到了那个…", "…看到你发的通知了我们村…": an answer or a nod ends the clause.
  // ("可能来不了" goes on: no pause inside it; "我能去是十号那个去不了": the answer ends before 是 too.)
  /(?<=请(?:个)?假|(?:准时|按时|肯定|一定|保证)(?:到|来|去|参加)|提前[一二三四五六七八九十两半\d]+个?(?:刻钟|分钟|小时)(?:到|来)|(?<!可)能[去来]|没问题了|收到了|看到了|知道了|通知了)(?![不没得])(?=\p{Script=Han}{2})/gu,
  // "…请个假协商会我准时到", "…在会上说一说五号我参加的": a meeting named begins its own answer.
  /(?<=\p{Script=Han}{2})(?<!的|那个|这个|那场)(?=常委会|协商会|座谈会|(?:\d{1,2}|[一二三四五六七八九十]{1,3})号(?:那个|的|那场|我|俺))/gu,
];

export function withVoicePauses(text: string): string {
  if ([...text].length < RUN_ON || /[，,。.！!？?；;\s]/u.test(text)) return text;
  return PAUSES.reduce((done, pause) => done.replace(pause, '，'), text);
}
