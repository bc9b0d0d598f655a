import { normalizeMessage } from './normalize-text.ts';

/**
 * Everyday confirmations in chat: 好的 / 可以 / 👌 / [强] → yes; 不用 / 算了 / 先不 → no.
 * A message is a bare yes or no only when every part of it is one: "好的，标题改一下" says more
 * and is not. Long messages and questions (好吗？, 可以不可以) are never a bare answer.
 */

export type YesNo = 'yes' | 'no';

/** Longer than this (without spaces and punctuation) is a sentence, not a confirmation. */
const MAX_CHARS = 12;

const YES = [
  // 好额 (Wu): 好的.
  '好的', '好滴', '好哒', '好嘞', '好额', '好啊', '好呀', '好吧', '好', '可以的', '可以', '行的', '行', '没问题', '没有问题',
  'okay', 'ok', 'yes', 'y', 'looksgood', 'lgtm', 'good', 'fine', 'perfect', 'sure', 'yep', 'yeah', 'great', 'alright', 'allgood', '嗯嗯', '嗯', '恩恩', '恩', '对的', '对', '是的', '是', '确认', '确定', '同意',
  // Asked whether a name is theirs: "对，是我本人".
  '是我本人', '是本人', '我本人', '本人', '就是我', '是我',
  '提交吧', '提交', '就这样吧', '就这样', '发吧', '发送', '发', '好的呢', 'ojbk', '妥', '中',
  '👌', '👍', '🙆', '✅', '✔', '[ok]', '[强]', '[好的]', '[耶]', '[棒]', '[胜利]',
];
const NO = [
  '不用了', '不用', '不要了', '不要', '不行', '不了', '不对', '不是', '不好', '不同意', '不可以', '不必', '否',
  '算了吧', '算了', '先不了', '先不', '暂时不', '先别', '别了', '别', 'no', 'n', '不', '❌', '🙅', '[nono]',
];
/** Courtesy and particles that may surround an answer without changing it. */
const NEUTRAL = ['looks', 'thanks', 'thx', '谢谢您', '谢谢你', '谢谢', '多谢', '感谢', '谢了', '麻烦了', '辛苦了', '啊', '呀', '哈', '啦', '呢', '哦', '噢', '喔', '吧', '了', '的', '嘛', '~', '😊', '🙏', '[微笑]', '[抱拳]', '[玫瑰]', '[愉快]'];

const TOKENS: ReadonlyArray<readonly [string, YesNo | 'neutral']> = [
  ...YES.map((word) => [word, 'yes'] as const),
  ...NO.map((word) => [word, 'no'] as const),
  ...NEUTRAL.map((word) => [word, 'neutral'] as const),
].sort((a, b) => b[0].length - a[0].length);

/** Questions ask; they do not answer: 好吗, 行不行, 可以不可以, 有没有. */
const QUESTION = /[?？吗么]|([^不])(.?)不\1\2|([^没])(.?)没\3\4/u;
const SEPARATORS = /[\s,，。.!！、;；:：…]+/gu;

/** 'yes', 'no', or null when the message says anything else. */
export function readYesNo(text: string): YesNo | null {
  const message = normalizeMessage(text).trim().toLowerCase();
  // Skin tones and emoji variation selectors (👌🏻, ✔️) do not change the answer.
  const spaced = message.replace(SEPARATORS, '').replace(/[\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]/gu, '');
  // "不用不用", "不了不了": a word said twice over is said once, not an A-not-A question.
  const compact = /^(\p{Script=Han}{1,3}?)\1+$/u.exec(spaced)?.[1] ?? spaced;
  // ("Looks good, 提交吧👍": an English word counts as one.)
  if (compact === '' || Array.from(compact.replace(/[a-z]+/gu, 'a')).length > MAX_CHARS || QUESTION.test(compact)) return null;
  let yes = false;
  let no = false;
  // Greedy longest match; any unknown character means the message says more than yes or no.
  for (let at = 0; at < compact.length; ) {
    const token = TOKENS.find(([word]) => compact.startsWith(word, at));
    if (!token) return null;
    if (token[1] === 'yes') yes = true;
    if (token[1] === 'no') no = true;
    at += token[0].length;
  }
  // "嗯，不用了": the refusal is what counts.
  if (no) return 'no';
  return yes ? 'yes' : null;
}
