export type GuardVerdict =
  /** `quoted`: what a quote-reply quoted ("「关于召开…的通知」"), which tells what is being answered. */
  | { ok: true; text: string; quoted?: string }
  | { ok: false; reason: 'empty' | 'too-long' | 'binary'; reply: string }
  /** Looks like an attempt to instruct the bot: never acted on, but a dialog may keep it as data. */
  | { ok: false; reason: 'injection'; reply: string; text: string };

export const EMPTY_REPLY = '您好，请直接输入您想了解的问题，例如：“社情民意信息怎么报送？”。发送“帮助”查看我能做什么。';
const BINARY_REPLY = '抱歉，这条消息无法识别，请用文字重新描述您的问题。';
export const INJECTION_REPLY =
  '抱歉，我只能根据知识库中的政协工作资料回答问题，不能执行这类指令。您可以问我政协工作、社情民意报送或会议通知方面的问题。';

// Controls except \t and \n (CR is turned into \n first), zero-width chars and lone surrogates.
const INVISIBLE = /[\0-\x08\x0B-\x1F\x7F-\x9F\u200B-\u200F\u2060\uFEFF\p{Cs}]/gu;
// What random bytes decode to: controls, U+FFFD, private-use, unassigned and lone surrogates.
// Emoji newer than the runtime's Unicode tables read as unassigned, so pictographic ranges are spared.
const JUNK = /(?!\p{Extended_Pictographic})[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFD\p{Co}\p{Cn}\p{Cs}]/gu;
/** Junk share of the visible raw characters from which a message counts as binary. */
const JUNK_SHARE = 0.3;
/** Bits per character above which a long spaceless ASCII run is an encoded blob, not prose. */
const BLOB_ENTROPY = 4.5;

const IGNORE = '(?:忽略|忽视|忽視|无视|無視|不要理会|不要理會|别管|別管|忘记|忘記|忘掉|跳过|跳過|丢弃|丟棄)掉?';
const YOUR = '(?:你|您)(?:的|们的|們的)?';
// Chinese patterns run on text without whitespace, so "忽略 以上 指令" matches too.
const INJECTION_ZH: RegExp[] = [
  new RegExp(
    `${IGNORE}(?:以上|之前|前面|上述|上面|先前|此前|前述|原有|原来|原來|原先|所有|全部|一切)的?(?:所有|全部|一切)?的?(?:指令|指示|提示|要求|规则|規則|设定|設定|限制|命令)`,
  ),
  new RegExp(`${IGNORE}[^,.!?;，。！？；]{0,10}(?:指令|提示词|提示詞|系统提示|系統提示|prompt|instruction)`),
  new RegExp(
    `(?:输出|輸出|告诉我|告訴我|显示|顯示|泄露|洩露|泄漏|洩漏|透露|打印|列印|展示|说出|說出|复述|複述|重复|重複|发给我|發給我|给我看|給我看)(?:一下)?${YOUR}(?:系统|系統)?(?:提示词|提示詞|指令|初始指令|原始指令|设定|設定|prompt)`,
  ),
  /(?:系统|系統)(?:提示词|提示詞)/,
  /(?:现在|現在)(?:起|开始|開始),?你(?:就|将|將)?(?:是|成为|成為|扮演|作为|作為)(?!否)/,
  /你(?:现在|現在)(?:就|已经|已經)?(?:是|成为|成為)(?:一|个|個|位|名|只|隻|我的)/,
  /(?:请|請|你来|你來|你要)扮演/,
  /(?:假装|假裝)(?:你|您)是/,
  /(?:进入|進入|开启|開啟|启用|啟用|切换到|切換到)(?:开发者|開發者)模式/,
  /(?:原样|原樣|逐字)(?:输出|輸出|重复|重複|复述|複述)(?:以上|上面|上述|前面)/,
];
const INJECTION_EN: RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\s+(?:(?:all|any|the|your|my|of|everything)\s+)*(?:previous|prior|above|earlier|preceding|initial|original|former|system)\s+(?:instructions?|prompts?|rules?|directions?|directives?|guidelines?)/,
  /\bsystem\s*prompts?\b/,
  /\bjailbreak/,
  /\bdeveloper\s+mode\b/,
  /\bdo\s+anything\s+now\b/,
  /\b(?:you\s+are\s+now|from\s+now\s+on,?\s+you|pretend\s+(?:to\s+be|you\s+are))\b/,
  /\b(?:print|output|reveal|show|tell\s+me|display|leak)\s+(?:me\s+)?(?:your|the)\s+(?:(?:initial|original|hidden|secret)\s+)*(?:prompt|instructions)\b/,
  /\brepeat\s+(?:(?:all|everything|the|of|words|text)\s+)*(?:above|before)\b/,
];

/**
 * Cleans an inbound message and decides whether the bot should process it at all. Replies never
 * echo the input, so nothing a sender pastes is reflected back.
 */
export function guardInbound(raw: string, options: { maxChars: number }): GuardVerdict {
  const { text, quoted } = withoutQuote(clean(raw));
  // Length first: everything below is bounded by maxChars, so a huge paste costs one linear pass.
  const length = codePoints(text);
  if (length > options.maxChars) {
    return { ok: false, reason: 'too-long', reply: `消息过长（约 ${roundUp(length)} 字），请精简到 ${options.maxChars} 字以内后再发送。` };
  }
  // Before the empty check: garbage that cleans down to nothing is still garbage.
  if (isBinary(raw, text)) return { ok: false, reason: 'binary', reply: BINARY_REPLY };
  // An emoji alone is a message: 👍 answers a meeting notice (the features decide what it means).
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text)) return { ok: false, reason: 'empty', reply: EMPTY_REPLY };
  if (isInjection(text)) return { ok: false, reason: 'injection', reply: INJECTION_REPLY, text };
  return { ok: true, text, ...(quoted ? { quoted } : {}) };
}

function clean(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[^\S\n\t]+/g, ' ')
    .trim();
}

/** The line of dashes under a quoted message in a WeChat reply ("「王秘书：……」\n- - - - -\n参加"). */
const QUOTE_RULE = /\n[ \t]*(?:[-—－][ \t]*){4,}\n/gu;

/**
 * A reply quoting an earlier message: only what the member wrote under the quote is theirs. Only a
 * quote opening the message counts, so a pasted document with a rule line keeps all its text.
 */
function withoutQuote(text: string): { text: string; quoted?: string } {
  const rule = new RegExp(QUOTE_RULE.source, 'u').exec(text);
  if (!rule || !/^[「“"]/u.test(text) || rule.index > 300) return { text };
  const reply = text.slice(rule.index + rule[0].length).trim();
  return reply === '' ? { text } : { text: reply, quoted: text.slice(0, rule.index).trim() };
}

function codePoints(text: string): number {
  // After cleaning there are no lone surrogates, so every low surrogate closes a pair.
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) pairs++;
  }
  return text.length - pairs;
}

/** Rounds up so the quoted size never looks within the limit. */
function roundUp(n: number): number {
  const unit = n < 1000 ? 10 : n < 10000 ? 100 : 1000;
  return Math.ceil(n / unit) * unit;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function isBinary(raw: string, text: string): boolean {
  const junk = count(raw, JUNK);
  // Two or more, so one stray U+FFFD or private-use bullet in a short message is let through.
  if (junk >= 2 && junk >= JUNK_SHARE * count(raw, /\S/gu)) return true;
  return /^[\x21-\x7E]{201,}$/.test(text) && !/^(?:https?:\/\/|www\.)/i.test(text) && entropy(text) > BLOB_ENTROPY;
}

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const c of counts.values()) {
    const p = c / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function isInjection(text: string): boolean {
  // NFKC folds full-width letters and punctuation to ASCII; matching only, the text passed on is untouched.
  const folded = text.normalize('NFKC').toLowerCase();
  const compact = folded.replace(/\s+/g, '');
  return (
    INJECTION_ZH.some((p) => p.test(compact)) ||
    INJECTION_EN.some((p) => p.test(folded)) ||
    /\bDAN\b/.test(text.normalize('NFKC'))
  );
}
