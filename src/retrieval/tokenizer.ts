import { existsSync, readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Tokenizer {
  /** Search-mode words (long words also yield their parts), lower-cased, without stop words: for indexing. */
  tokens(text: string): string[];
  /** Precise-mode words, lower-cased, without stop words: what a question is about. */
  words(text: string): string[];
  /** The word and the words the committee declared equivalent to it ("第一次" ~ "首次"). */
  synonyms(word: string): string[];
}

export interface TokenizerFiles {
  /** jieba user dictionary of domain terms; `#` lines are comments. */
  dictionary?: string;
  /** One group of equivalent words a line, separated by spaces; `#` lines are comments. */
  synonyms?: string;
}

/** jieba with the committee's domain dictionary on top, so that terms such as 社情民意 stay whole. */
export function createTokenizer(files: TokenizerFiles = {}): Tokenizer {
  const jieba = Jieba.withDict(dict);
  if (files.dictionary && existsSync(files.dictionary)) {
    jieba.loadDict(Buffer.from(dataLines(files.dictionary).join('\n')));
  }
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
    words: (text) => keep(jieba.cut(text.toLowerCase(), true)),
    synonyms: (word) => groups.get(word) ?? [word],
  };
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
