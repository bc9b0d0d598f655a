/**
 * Replies typed partly in Latin letters: English words in a Chinese reply ("ok收到 will attend",
 * "只能leave了") and pinyin when the input method is off or in a hurry ("cj", "qj，zai beijing").
 * Each becomes the Chinese the reply patterns read; the rest of the letters stay as written.
 */

/** Between letters a word ends: "cj" alone, not the cj of "cjk". */
const WORD = (words: string) => new RegExp(`(?<![A-Za-z])(?:${words})(?![A-Za-z])`, 'giu');

const LATIN_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/can'?t make it|cannot make it|can'?t attend|cannot attend|unable to (?:attend|come|make it)|won'?t (?:be able to )?(?:attend|make it|come)/giu, '去不了'],
  [/(?:i'?ll|i will|will) (?:attend|be there|come)|count me in/giu, '我参加'],
  [/\bboth\b/giu, '两个'],
  // "noted, thanks", "What time does it start?": an acknowledgement, a question about the meeting.
  [WORD('noted|well received|got it|received'), '收到'],
  [/what time (?:does|will|is) (?:it|the meeting)(?: start| begin)?|when (?:does|will) (?:it|the meeting) (?:start|begin)/giu, '几点开始'],
  [/where (?:is|will) (?:it|the meeting)(?: be)?(?: held)?/giu, '在哪开'],
  [/attend/giu, '参加'],
  // "常委会confirmed" is a yes; "not confirmed yet" is not one yet, nor is "时间confirmed了吗".
  [WORD('not (?:yet )?confirmed|unconfirmed|tbd'), '待定'],
  [WORD('confirmed(?![^，。！,.!]*[吗么？?])'), '确定参加'],
  // "再check一下schedule": looking at the diary is not an answer yet.
  [WORD('check'), '看'],
  [WORD('schedule'), '日程'],
  [WORD('leave early'), '早退'],
  [WORD('(?:ask for |take )?(?:a )?leave(?! (?:at|before|after|by|the))'), '请假'],
  // Pinyin, spelled out or by initials.
  [WORD('can ?jia|cj'), '参加'],
  [WORD('qing ?jia|qj'), '请假'],
  // Half typed before the input method switched: "参jia", "can加", "请jia", "qing假".
  [/参jia(?![A-Za-z])/giu, '参加'],
  [/(?<![A-Za-z])can(?=加)/giu, '参'],
  [/请jia(?![A-Za-z])/giu, '请假'],
  [/(?<![A-Za-z])qing(?=假)/giu, '请'],
];

export function fromLatinWords(text: string): string {
  return LATIN_WORDS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}
