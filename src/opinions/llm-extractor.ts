import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { loadPrompt, renderPrompt } from '../answering/prompts.ts';
import type { Logger } from '../log.ts';
import type { OpinionExtractor } from './extractor.ts';
import { isValidPhone } from './intake/phone.ts';
import { OPINION_CATEGORIES, type OpinionCategory, type OpinionFields } from './types.ts';

const text = z.string().trim().nullish();
/** What the model must return; anything else is treated as a failure and the rules take over. */
export const OPINION_SCHEMA = z.object({
  title: text,
  situation: text,
  suggestion: text,
  category: z.enum(OPINION_CATEGORIES).nullish(),
  name: text,
  sector: text,
  phone: text,
  signed: z.boolean().nullish(),
});

export interface LlmExtractorOptions {
  chat: BaseChatModel;
  promptsDir: string;
  /** Used when the model fails, times out, or returns something unusable. */
  fallback: OpinionExtractor;
  timeoutMs: number;
  log: Logger;
  now?: () => number;
}

/** After a failure the model is left alone this long, so a member is not kept waiting on every turn. */
const COOL_DOWN_MS = 60_000;

/** Extraction through the configured model with structured output (zod), checked against the message. */
export class LlmExtractor implements OpinionExtractor {
  private readonly system: string;
  private readonly user: string;
  private failedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LlmExtractorOptions) {
    this.system = loadPrompt(options.promptsDir, 'opinion-extract');
    this.user = loadPrompt(options.promptsDir, 'opinion-extract-user');
  }

  async extract(message: string): Promise<Partial<OpinionFields>> {
    const rules = await this.options.fallback.extract(message);
    const read = await this.ask(message);
    if (!read) return rules;
    const fields: Partial<OpinionFields> = {};
    for (const key of ['situation', 'suggestion', 'name', 'sector'] as const) {
      const value = read[key];
      // Copied, not written: a value the message does not contain is the model's invention.
      const fromModel = value && grounded(value, message) ? value : undefined;
      const chosen = fromModel ?? rules[key];
      if (chosen) fields[key] = chosen;
    }
    const title = read.title && digitsFrom(read.title, message) ? read.title : rules.title;
    if (title) fields.title = title;
    const phone = read.phone && isValidPhone(read.phone) && message.includes(read.phone) ? read.phone : rules.phone;
    if (phone) fields.phone = phone;
    const category = read.category ?? rules.category;
    if (category) fields.category = category;
    const signed = read.signed ?? rules.signed;
    if (signed !== undefined && signed !== null) fields.signed = signed;
    return fields;
  }

  async suggestCategory(fields: Partial<OpinionFields>): Promise<OpinionCategory> {
    const story = [fields.title, fields.situation, fields.suggestion].filter(Boolean).join('\n');
    const read = story ? await this.ask(story) : null;
    return read?.category ?? this.options.fallback.suggestCategory(fields);
  }

  private async ask(message: string): Promise<z.infer<typeof OPINION_SCHEMA> | null> {
    const { chat, log, timeoutMs } = this.options;
    const now = this.options.now ?? Date.now;
    if (now() - this.failedAt < COOL_DOWN_MS) return null;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const model = chat.withStructuredOutput(OPINION_SCHEMA, { name: 'opinion_fields', method: 'jsonMode' });
      const raw = await model.invoke([new SystemMessage(this.system), new HumanMessage(renderPrompt(this.user, { text: message }))], { signal });
      return OPINION_SCHEMA.parse(raw);
    } catch (error) {
      this.failedAt = now();
      log.warn({ err: error instanceof Error ? error.message : String(error), timedOut: signal.aborted }, 'opinion extraction by model failed; rules used');
      return null;
    }
  }
}

const compact = (value: string) => value.replace(/[\s\p{P}]/gu, '');

/** Most of the value's character pairs occur in the message, and every digit run does. */
function grounded(value: string, message: string): boolean {
  const source = compact(message);
  const target = compact(value);
  if (target.length < 2) return source.includes(target);
  let hits = 0;
  for (let i = 0; i + 2 <= target.length; i++) if (source.includes(target.slice(i, i + 2))) hits++;
  return hits / (target.length - 1) >= 0.9 && digitsFrom(value, message);
}

function digitsFrom(value: string, message: string): boolean {
  return (value.match(/\d+/g) ?? []).every((digits) => message.includes(digits));
}
