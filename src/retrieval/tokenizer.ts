import { existsSync, readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

export interface Tokenizer {
  /** Search-mode words (long words also yield their parts), lower-cased, without stop words: for indexing. */
  tokens(text: string): string[];
  /** Precise-mode words, lower-cased, without stop words: what a question is about. */
  words(text: string): string[];
  /** The word and the words the committee declared equivalent to it ("第一次" ~ "首次"). */
  synonyms(word: string): string[];
  /**
   * How much a word says about a topic, from 0.15 (但, 以后, 一般) to 1 (社情民意, 提案): from
   * jieba's general-language IDF table, domain-dictionary words counting in full.
   */
  informativeness(word: string): number;
}

export interface TokenizerFiles {
  /** jieba user dictionary of domain terms; `#` lines are comments. */
  dictionary?: string;
  /** One group of equivalent words a line, separated by spaces; `#` lines are comments. */
  synonyms?: string;
}

/** jieba with the committee's domain dictionary on top, so that terms such as 社情民意 stay whole. */
export function createTokenizer(files: TokenizerFiles = {}): Tokenizer {
  const lines = files.dictionary && existsSync(files.dictionary) ? dataLines(files.dictionary) : [];
  const jieba = segmenterFor(lines.join('\n'));
  const domainWords = new Set(lines.map((line) => line.split(/\s+/)[0]!));
  const general = generalIdf();
  const groups = new Map<string, string[]>();
  if (files.synonyms && existsSync(files.synonyms)) {
    for (const line of dataLines(files.synonyms)) {
      const group = line.split(/\s+/);
      for (const word of group) groups.set(word, group);
    }
  }
  const keep = (words: string[]) => {
    const out: string[] = [];
    for (const word of words) {
      const w = word.trim();
      if (w && WORDLIKE.test(w) && !STOP_WORDS.has(w)) out.push(w);
    }
    return out;
  };
  return {
    tokens: (text) => keep(jieba.cutForSearch(text.toLowerCase(), true)),
    // No HMM guessing here: an unknown colloquial run ("交上去") splits into known words.
    words: (text) => keep(jieba.cut(text.toLowerCase(), false)),
    synonyms: (word) => groups.get(word) ?? [word],
    informativeness(word) {
      if (domainWords.has(word)) return 1;
      const value = general.get(word);
      if (value === undefined) return UNKNOWN_INFORMATIVENESS;
      return Math.min(1, Math.max(0.15, (value - 3) / 6));
    },
  };
}

const UNKNOWN_INFORMATIVENESS = 0.6;

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

let generalTable: Map<string, number> | undefined;

/** jieba's IDF table, parsed once per process (it is large and never changes). */
function generalIdf(): Map<string, number> {
  if (!generalTable) {
    generalTable = new Map();
    for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) generalTable.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
  }
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
    '市 更 多'
  ).split(/\s+/),
);
