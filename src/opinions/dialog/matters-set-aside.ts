import { readsAsSuggestion } from '../intake/start-phrase.ts';

/**
 * What a member says of the matters they have rather than of the matter itself: "有两个事，先说一个",
 * "一个是村里的路，一个是卫生室，先说路吧"; and a further matter raised only to be let go in the same
 * breath: "第二个是路灯的事，想想还是算了，没调查清楚", "另外我们那儿停车也难，不过……先不管它",
 * "卫生室那个就不说了，下回单独报". None of it is the story; the question asked still stands.
 */

const COUNTED_MATTERS = /^(?:我)?(?:有|想说|要说|要反映|想反映)?(?:两|二|三|几)(?:个|件)(?:事|事情|事儿|问题|情况)[，,。\s]*(?:我)?(?:先说|先讲|先报|一个一个(?:说|来)|一件一件(?:说|来))(?:一个|一件|第一个|第一件)?(?:吧|哈|啊)?[。！!]*$/u;
const MATTERS_LISTED = /^一个是[^，,。]{1,12}[，,\s]*(?:另)?一个是[^，,。]{1,12}[，,。\s]*(?:我)?先(?:说|讲|报)[^，,。]{0,8}?(?:吧|哈|啊)?[。！!]*$/u;

/** Another matter brought up: "第二个…", "另外…", "卫生室那个…". */
const ANOTHER_MATTER = /^(?:第[二三四五]个|另外|还有|另一个|再一个|再就是)|^[^，,。\s]{1,8}(?:那个|的事|那件事|那事)/u;
/** …and let go: "想想还是算了", "先不管它", "下回单独报". */
const LET_GO = /(?:想想|想了想)?(?:还是)?算了|先不管(?:它|了)?|(?:就|先)?不说了|先不说|先不提|(?:下回|下次|以后|回头|改天)(?:再)?(?:单独)?(?:说|报|反映)|另外报|单独报|放一放|不报了/u;
const LONGEST = 50;

export function setsAsideAMatter(message: string): boolean {
  const text = message.trim();
  if (COUNTED_MATTERS.test(text) || MATTERS_LISTED.test(text)) return true;
  if (Array.from(text).length > LONGEST || !ANOTHER_MATTER.test(text) || readsAsSuggestion(text)) return false;
  const clauses = text.split(/[，,。；;！!\s]+/u).filter(Boolean);
  return clauses.slice(-2).some((clause) => LET_GO.test(clause));
}
