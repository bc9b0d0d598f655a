import { isPersonName, nameAt } from './person-name.ts';

/**
 * A name written beside its pinyin or English form ("Liu Fang 刘芳", "我是Kevin 陈凯", "My name is
 * Helen, 中文名许慧琳", "陈凯（Kevin）"): the Chinese name is the reporter's, and the Latin form is
 * dropped before reading, so it neither hides the name nor stays in the story.
 */

/** One to three words: Liu Fang, LIU Fang, liu fang, Kevin, Mary-Ann. */
const WORD = String.raw`(?:[A-Za-z][a-z]+|[A-Z]{2,})`;
const LATIN = String.raw`${WORD}(?:[ -]${WORD}){0,2}`;
const ENGLISH_INTRO = String.raw`(?:[Mm]y name is|I am|I'm|[Tt]his is|[Cc]all me)\s+`;
/** Where the Latin name may start: a clause start, or right after 我是, 我叫, 本人, a label. */
const LATIN_FIRST = new RegExp(
  String.raw`(?<=^|[\s，,。；;！!？?：:、（(]|我是|我叫|本人|联系人|反映人|姓名)(${ENGLISH_INTRO})?${LATIN}[\s,，]*(?:中文名(?:字)?(?:是|叫)?[：:\s]*)?(?=\p{Script=Han})`,
  'gu',
);
/** "陈凯 Kevin", "刘芳（Liu Fang）": the Latin form after a name that is the whole clause or follows 我是. */
const LATIN_AFTER = new RegExp(
  String.raw`(?<=(?:^|[\s，,。；;！!？?：:]|我是|我叫|本人)(\p{Script=Han}{2,4}?))\s*(?:[（(]${LATIN}[）)]|\s${LATIN})(?=$|[\s，,。；;！!？?])`,
  'gu',
);

/** "Tom 王，王涛", "Frank 林，林一帆": an English name with the surname, then the full Chinese name. */
const LATIN_AND_SURNAME = new RegExp(String.raw`(?<![A-Za-z])${LATIN}\s?(\p{Script=Han})[，,、\s]+(?=\1)`, 'gu');

export function withoutLatinNames(said: string): string {
  const text = said.replace(LATIN_AND_SURNAME, (all, _surname: string, at: number) => (nameAt(said, at + all.length) ? '' : all));
  const first = text.replace(LATIN_FIRST, (all, intro: string | undefined, at: number) => {
    const name = nameAt(text, at + all.length);
    if (!name) return all;
    // "My name is Helen, 中文名许慧琳": the English introduction still introduces the name.
    return intro ? '我叫' : '';
  });
  return first.replace(LATIN_AFTER, (all, han: string) => (isPersonName(han) ? '' : all));
}
