import { existsSync, readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';
import { applyPhrasing, loadPhrasing, type Phrasing } from './colloquial.ts';
import { loadPlaces } from './places.ts';
import { IdfTable } from './idf-table.ts';
import { bylineName } from '../shared/byline.ts';
import { surnameOf } from '../shared/surnames.ts';

export interface Tokenizer {
  /** Search-mode words (long words also yield their parts), lower-cased, without stop words: for indexing. */
  tokens(text: string): string[];
  /** Precise-mode words, lower-cased, without stop words: what a question is about. */
  words(text: string): string[];
  /** Precise-mode pieces of the text as written, nothing dropped: how the words fall. */
  pieces(text: string): string[];
  /** The word and the words the committee declared equivalent to it ("第一次" ~ "首次"). */
  synonyms(word: string): string[];
  /**
   * How much a word says about a topic, from 0.15 (但, 以后, 一般) to 1 (社情民意, 提案): from
   * jieba's general-language IDF table, domain-dictionary words counting in full.
   */
  informativeness(word: string): number;
  /**
   * The question as the reports would word it: address and filler dropped, colloquial phrases
   * read as the report's word (`knowledge/colloquial.txt`); domain words stay whole.
   */
  rephrase(text: string): string;
  /** Whether the domain dictionary holds the word. */
  isDomainWord(word: string): boolean;
  /** The words of the domain dictionary. */
  domainWords(): Iterable<string>;
  /** Whether the staff listed the word with its equivalents (synonyms.txt, colloquial.txt). */
  isDeclared(word: string): boolean;
  /**
   * Whether the word names a thing (a noun, a name, a time such as 明天, a set phrase in jieba's
   * tags) rather than saying how something is asked ("几回", "比较", "不想").
   */
  namesAThing(word: string): boolean;
  /** Whether jieba reads the word as a time ("现在", "明天"). */
  namesATime(word: string): boolean;
  /** Whether jieba reads the word as a place name ("十堰", "武汉"). */
  namesAPlace(word: string): boolean;
  /** The districts, counties and landmarks the text names, each with the city of ours it belongs to ("霸州" → 廊坊), from knowledge/places.txt. */
  placesIn(text: string): Array<{ place: string; city: string }>;
  /** Whether the text names a person (a two- or three-character name jieba tags as such). */
  namesAPerson(text: string): boolean;
}

export interface TokenizerFiles {
  /** jieba user dictionary of domain terms; `#` lines are comments. */
  dictionary?: string;
  /** One group of equivalent words a line, separated by spaces; `#` lines are comments. */
  synonyms?: string;
  /** Colloquial phrasing: `口语 … = 资料用语 …` a line (see knowledge/colloquial.txt). */
  colloquial?: string;
  /** Each city's districts, counties and landmarks: `市名：地名 地名 …` a line (see knowledge/places.txt). */
  places?: string;
}

/** jieba with the committee's domain dictionary on top, so that terms such as 社情民意 stay whole. */
export function createTokenizer(files: TokenizerFiles = {}): Tokenizer {
  const lines = files.dictionary && existsSync(files.dictionary) ? dataLines(files.dictionary) : [];
  const places = loadPlaces(files.places);
  // A place stays whole where jieba would split it ("虞山脚下" is 虞山 + 脚下, not 虞 + 山脚下).
  const jieba = segmenterFor([...lines, ...[...places.keys()].map((place) => `${place} ${PLACE_FREQUENCY} ns`)].join('\n'));
  const domainWords = new Set(lines.map((line) => line.split(/\s+/)[0]!));
  // The committee's dictionary says what a word is where jieba's own says otherwise ("保定 3000 ns").
  const domainTags = new Map(lines.map((line) => line.split(/\s+/)).filter((parts) => parts[2]).map((parts) => [parts[0]!, parts[2]!]));
  const general = generalIdf();
  const groups = new Map<string, string[]>();
  const phrasing = loadPhrasing(files.colloquial);
  const declared = files.synonyms && existsSync(files.synonyms) ? dataLines(files.synonyms).map((line) => line.split(/\s+/)) : [];
  // Declared groups as before (a later line wins for a shared word); colloquial groups join them.
  for (const group of declared) for (const word of group) groups.set(word, group);
  for (const group of phrasing.groups) merge(groups, group);
  const protect = protector(domainWords, phrasing);
  const tags = new Map<string, string>();
  /** The part-of-speech tag of a word on its own, the dictionary's or jieba's ('' when it splits). */
  const tagOf = (word: string): string => {
    let tag = domainTags.get(word) ?? tags.get(word);
    if (tag === undefined) {
      const tagged = jieba.tag(word, false);
      tag = tagged.length === 1 ? tagged[0]!.tag : '';
      if (tags.size < 50_000) tags.set(word, tag);
    }
    return tag;
  };
  const keep = (words: string[]) => {
    const out: string[] = [];
    for (const word of words) {
      const w = word.trim();
      if (w && WORDLIKE.test(w) && !STOP_WORDS.has(w)) out.push(w);
    }
    return out;
  };
  // No HMM guessing here: an unknown colloquial run ("交上去") splits into known words.
  // "2024年报到全国政协": a year's 年 is not the 年 of 年报.
  const words = (text: string) => keep(withDeclaredWords(jieba.cut(text.toLowerCase().replace(YEAR_GLUED_TO_BAO, '$1 '), false), (w) => groups.has(w), (w) => domainWords.has(w) || tagOf(w) !== ''));
  return {
    tokens: (text) => keep(jieba.cutForSearch(text.toLowerCase(), true)),
    words,
    pieces: (text) => jieba.cut(text, false),
    synonyms: (word) => groups.get(word) ?? compoundForms(word, groups),
    rephrase: (text) => applyPhrasing(text, phrasing, protect),
    isDomainWord: (word) => domainWords.has(word),
    domainWords: () => domainWords.values(),
    isDeclared: (word) => groups.has(word),
    // "打了个", "发了条": a verb with its aspect particle, however jieba tags it.
    namesAThing: (word) => domainWords.has(word) || (!VERB_WITH_ASPECT.test(word) && /^(?:n|l|i|j|t|eng)/u.test(tagOf(word))),
    namesATime: (word) => tagOf(word) === 't',
    namesAPlace: (word) => tagOf(word) === 'ns',
    // Segmented only when a listed name is there at all: most questions name none.
    placesIn: (text) => {
      if (![...places.keys()].some((place) => text.includes(place))) return [];
      return words(text).flatMap((word) => {
        // "江夏区", "丹江口市": the listed name with its 区/县/市 written on.
        const place = places.has(word) ? word : word.replace(/[区县市]$/u, '');
        return places.has(place) ? [{ place, city: places.get(place)! }] : [];
      });
    },
    namesAPerson(text) {
      // A name beside a title ("李国勇书记", "主席王某"): jieba alone tags words like 高水平 as names.
      if (bylineName(text)) return true;
      const tagged = jieba.tag(text, true);
      if (tagged.some((t, i) => t.tag === 'nr' && [2, 3].includes([...t.word].length) && (TITLE.test(tagged[i + 1]?.word ?? '') || TITLE.test(tagged[i - 1]?.word ?? '')))) return true;
      // "台盟中央主席苏辉出席", "市长王永辉同志": a name jieba does not know, right after a title.
      if ([...text.matchAll(TITLED_NAME)].some((m) => surnameOf(m[1]!) !== undefined)) return true;
      // "，李国勇书记划出重点": a name opening its clause, right before a title.
      return [...text.matchAll(NAME_TITLED)].some((m) => surnameOf(m[1]!) !== undefined && !NOT_IN_NAMES.test(m[1]!));
    },
    informativeness(word) {
      if (domainWords.has(word)) return 1;
      const value = general.get(word);
      if (value === undefined) return UNKNOWN_INFORMATIVENESS;
      return Math.min(1, Math.max(0.15, (value - 3) / 6));
    },
  };
}

const UNKNOWN_INFORMATIVENESS = 0.6;
const YEAR_GLUED_TO_BAO = /((?:19|20)\d{2}年)(?=报)/gu;
/** A listed place's weight in jieba's dictionary: enough to win over the words it overlaps. */
const PLACE_FREQUENCY = 200;

const VERB_WITH_ASPECT = /^\p{Script=Han}了/u;

/** A name right after a title, closed by what follows a name (出席, 同志, a pause). */
const TITLED_NAME = /(?:主席|书记|主任|秘书长|部长|市长|县长|区长|院长|校长|局长)(\p{Script=Han}{2,3}?)(?=同志|出席|参加|到会|主持|讲话|作|在|等|[，,。、；;（(\s]|$)/gu;

const NAME_TITLED = /(?:^|[，,、。；;：:\s])(\p{Script=Han}{2,3})(?:主席|书记|主任|秘书长|部长|市长|县长|区长|院长|校长|局长)/gu;

/** Characters of the posts before a title ("常务副主席", "党组书记"), never of a name. */
export const NOT_IN_NAMES = /[副委务部党组会长市区县省]/u;

const TITLE = /^(?:主席|副主席|书记|副书记|主任|副主任|秘书长|部长|市长|副市长|同志|委员|常委|院士|教授|组长)$/u;

/**
 * A word the staff declared ("党组会" ~ "党组会议") that jieba does not know may lose its head to the
 * word before: "政协党组|会" is read "政协|党组会" when "政协" is a word on its own.
 */
function withDeclaredWords(words: string[], declared: (word: string) => boolean, known: (word: string) => boolean): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < out.length; i++) {
    const word = [...out[i]!];
    const next = out[i + 1]!;
    if (word.length < 4 || [...next].length !== 1) continue;
    for (let k = 2; k <= word.length - 2; k++) {
      const head = word.slice(0, k).join('');
      const joined = word.slice(k).join('') + next;
      if (declared(joined) && known(head)) {
        out.splice(i, 2, head, joined);
        break;
      }
    }
  }
  return out;
}

/** Groups sharing a word become one group: a word has one list of equivalents. */
function merge(groups: Map<string, string[]>, group: string[]): void {
  const union = new Set(group);
  for (let size = 0; size !== union.size; ) {
    size = union.size;
    for (const word of [...union]) for (const other of groups.get(word) ?? []) union.add(other);
  }
  const merged = [...union];
  for (const word of merged) groups.set(word, merged);
}

/**
 * A compound holding a word of a group ("工作汇报" holds 汇报) has the forms its equivalents make
 * ("工作报告"); any other word is its own only form.
 */
function compoundForms(word: string, groups: Map<string, string[]>): string[] {
  const forms = new Set([word]);
  if ([...word].length > 2) {
    for (const [member, group] of groups) {
      if ([...member].length < 2 || member === word || !word.includes(member)) continue;
      for (const other of group) forms.add(word.replace(member, other));
    }
  }
  return [...forms];
}

/**
 * Whether the phrase at `at` lies inside a longer domain word there ("助手" in "履职助手") or begins
 * inside one ("别的" in "界别的委员"): the domain word is what the member said.
 */
function protector(domainWords: Set<string>, phrasing: Phrasing) {
  const phrases = [...phrasing.ignored, ...phrasing.rewrites.map(([from]) => from)];
  const hosts = new Map<string, string[]>();
  // The domain words by each of their proper endings ("别" of 界别), to find those a phrase begins inside.
  const byEnding = new Map<string, string[]>();
  for (const word of domainWords) {
    for (let shared = 1; shared < word.length; shared++) {
      const ending = word.slice(-shared);
      const words = byEnding.get(ending);
      if (words) words.push(word);
      else byEnding.set(ending, [word]);
    }
  }
  // For each phrase, the domain words ending in its first characters, with how many they share.
  const overlapped = new Map<string, Array<[string, number]>>();
  for (const phrase of phrases) {
    const within = [...domainWords].filter((w) => w.length > phrase.length && w.includes(phrase));
    if (within.length > 0) hosts.set(phrase, within);
    const ending = Array.from({ length: phrase.length - 1 }, (_, i) => i + 1).flatMap((shared) => (byEnding.get(phrase.slice(0, shared)) ?? []).map((w): [string, number] => [w, shared]));
    if (ending.length > 0) overlapped.set(phrase, ending);
  }
  return (text: string, at: number, length: number): boolean => {
    const phrase = text.slice(at, at + length);
    for (const host of hosts.get(phrase) ?? []) {
      for (let offset = host.indexOf(phrase); offset >= 0; offset = host.indexOf(phrase, offset + 1)) {
        if (at >= offset && text.startsWith(host, at - offset)) return true;
      }
    }
    return (overlapped.get(phrase) ?? []).some(([word, shared]) => at + shared >= word.length && text.startsWith(word, at + shared - word.length));
  };
}

/** A segmenter holds its dictionary natively (~50 MB): one per distinct domain dictionary. */
const segmenters = new Map<string, Jieba>();

function segmenterFor(domainDictionary: string): Jieba {
  let jieba = segmenters.get(domainDictionary);
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    if (domainDictionary) jieba.loadDict(Buffer.from(domainDictionary));
    segmenters.set(domainDictionary, jieba);
  }
  return jieba;
}

let generalTable: IdfTable | undefined;

/** jieba's IDF table, indexed once per process (it is large and never changes). */
function generalIdf(): IdfTable {
  generalTable ??= new IdfTable(idf);
  return generalTable;
}

function dataLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

const WORDLIKE = /[\p{Script=Han}\p{L}\p{N}]/u;
const STOP_WORDS = new Set(
  (
    '的 了 和 是 在 与 及 等 为 对 将 把 被 也 就 都 而 其 之 于 以 并 或 这 那 有 个 中 上 下 ' +
    '吗 呢 吧 啊 呀 么 什么 怎么 怎样 如何 哪些 哪个 哪 多少 几 是否 有没有 一下 请问 请 我 我们 你 你们 ' +
    '他们 它 一个 一些 一共 总共 共 各 各自 分别 去年 今年 一年 全年 都 还 又 做 做了 开 开了 搞 搞了 ' +
    '市 更 多 ' +
    // Particles of spoken and regional speech ("咋弄嘞", "要得噻").
    '嘛 啦 哦 嘞 咧 哩 噻 咯 喽 呗 嗷 噢 喔 呐'
  ).split(/\s+/),
);
