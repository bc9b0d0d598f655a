import { existsSync, readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Tokenizer {
  /** Search-mode words (long words also yield their parts), lower-cased, without stop words. */
  tokens(text: string): string[];
}

/**
 * jieba with the committee's domain dictionary on top, so that terms such as 社情民意 or
 * 一线协商 stay whole. The dictionary is a plain jieba user-dict file; `#` lines are comments.
 */
export function createTokenizer(domainDictionaryFile?: string): Tokenizer {
  const jieba = Jieba.withDict(dict);
  if (domainDictionaryFile && existsSync(domainDictionaryFile)) {
    jieba.loadDict(Buffer.from(readDomainDictionary(domainDictionaryFile)));
  }
  return {
    tokens(text) {
      const out: string[] = [];
      for (const word of jieba.cutForSearch(text.toLowerCase(), true)) {
        const w = word.trim();
        if (w && WORDLIKE.test(w) && !STOP_WORDS.has(w)) out.push(w);
      }
      return out;
    },
  };
}

export function readDomainDictionary(file: string): string {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .join('\n');
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
