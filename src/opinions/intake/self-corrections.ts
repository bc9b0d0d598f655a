import { withSpokenLastDigitCorrected } from './phone.ts';

/** "电话13782305164，不对，是13782305146", "我叫司徒建，哦不对，司徒健": corrected as they are said. */
// "不对不对，是…", "说错了说错了，应该是…": the slip may be called out twice; a space may stand for the
// pause ("138… 不对 是138…"), which the check below allows only with a whole call-out, not a bare 不.
const SELF_CORRECTION =
  /([^，,。！!；;？?\s…]+)(?:[，,]\s*|\s+|…+|\.{3,})(?:哦|噢|啊|呃)?(?:不对|说错了|错了|不)(?:[，,\s]*(?:不对|说错了|错了))*(?:[，,]\s*|\s+)(?:是|应该是|应该)?([^，,。！!；;？?\s]+)/gu;

/** "我是民间的向东我是说民建不是民间": the word said wrong, put right further on. */
function withLaterCorrections(text: string): string {
  const said = /[，,\s]*我是说(\p{Script=Han}{2,6})(?:，|,)?不是(\p{Script=Han}{2,6})/u.exec(text);
  if (!said?.[1] || !said[2] || !text.slice(0, said.index).includes(said[2])) return text;
  return `${text.slice(0, said.index).split(said[2]).join(said[1])}${text.slice(said.index + said[0].length)}`;
}

/** "走了十五个不对是十二个": a figure put right at once by voice, with no pause, by one of the same measure. */
const FIGURE_SAID_AGAIN = /([0-9一二两三四五六七八九十百千万]+)([个名人户次岁元块家所条辆台栋座天])(?:哦|噢|啊)?(?:不对|说错了|错了)(?:是|应该是)?([0-9一二两三四五六七八九十百千万]+)\2/gu;

export function withSelfCorrections(text: string): string {
  return withLaterCorrections(withSpokenLastDigitCorrected(text)).replace(FIGURE_SAID_AGAIN, '$3$2').replace(SELF_CORRECTION, (all, before: string, after: string) => {
    // Only a spoken slip ("…，不，民进的"), not "不" starting a new thought ("…，不然……").
    if (/[，,]\s*(?:哦|噢|啊|呃)?不[，,]/u.test(all) === false && !/不对|说错了|错了/u.test(all)) return all;
    const chars = Array.from(before);
    const length = Array.from(after).length;
    // What is said again replaces as much as it is long; an introduction's 我是/我叫 stays.
    const kept = length >= chars.length ? (/^(?:我是|我叫|本人是|我在)/u.exec(before)?.[0] ?? '') : chars.slice(0, chars.length - length).join('');
    return `${kept}${after}`;
  });
}
