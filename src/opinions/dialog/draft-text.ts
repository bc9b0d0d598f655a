import type { OpinionFields } from '../types.ts';
import { saidAlready } from '../intake/sent-twice.ts';
import { withoutDecoration } from '../intake/extract.ts';
import { readConsent } from '../intake/consent.ts';
import { readsAsSuggestion, tellsMoreOfTheStory } from '../intake/start-phrase.ts';
import { ANOTHER_REPORT } from '../intake/story-asides.ts';

/** How the member's messages are put into the story and the suggestion. */

type Fields = Partial<OpinionFields>;

/** Whether the draft still lacks the field (blank counts as missing). */
export function isMissing(fields: Fields, field: keyof OpinionFields): boolean {
  const value = fields[field];
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** What is kept of a message in the story: without emoji, stickers or greetings. */
export function stored(text: string): string {
  return withoutDecoration(text) || text.trim();
}

/** A further message added to a text field, with a pause between. */
export function joined(before: string | undefined, more: string): string {
  if (!before) return more;
  // The same lines sent again are told once.
  if (saidAlready(before, more)) return before;
  return /[。！？.!?]$/u.test(before) ? `${before}${more}` : `${before}，${more}`;
}

/**
 * "建议人民银行……" sent once the preview is shown (a registered member's draft reaches it as soon as
 * story and a would-be suggestion are there): the suggestion, and what stood in its place, when no
 * suggestion in so many words, goes back to the story.
 */
export function suggestionAfterThePreview(fields: Fields, text: string): { fields: Fields } | null {
  const said = stored(text);
  if (!/^(?:我的)?(?:建议|希望|恳请|呼吁)/u.test(said) || Array.from(said).length < 10) return null;
  const before = fields.suggestion ?? '';
  if (/^(?:我的)?(?:建议|希望|恳请|呼吁)/u.test(before)) return { fields: { ...fields, suggestion: joined(before, said) } };
  return { fields: { ...fields, situation: joined(fields.situation, before), suggestion: said } };
}


/** "对了，那条路上还有一个井盖是松的……": more of the story remembered at the preview. */
const REMEMBERED = /^(?:哦|噢)?(?:对了|还有(?:就是|一个|一点|个事)?|另外|补充(?:一下|一点|一句)|忘了说|再说一下)[，,：:\s]*/u;

export function storyAfterThePreview(fields: Fields, text: string): { fields: Fields } | null {
  const cue = REMEMBERED.exec(text.trim());
  const said = cue ? stored(text.trim().slice(cue[0].length)) : '';
  if (Array.from(said).length < 10 || readsAsSuggestion(said) || !tellsMoreOfTheStory(said) || ANOTHER_REPORT.test(said)) return null;
  return { fields: { ...fields, situation: joined(fields.situation, said) } };
}

/** Words of a remark about reporting itself ("不过想想还是报吧"), not of the story. */
const ABOUT_REPORTING = /报|反映|提交|写|说|想想|想了想|算了|那就|这样吧|我看|我觉得|意思|意见|建议/u;

/**
 * A short line said before the suggestion in the same message: a line of the story
 * ("别的县市都是天天能用") goes on with the story; a remark about reporting is dropped.
 */
export function withLineBeforeTheSuggestion(fields: Fields, before: string): Fields {
  const line = stored(before);
  // "那我就不署名了。建议……": whether to sign, said before the suggestion, answers that.
  const signed = readConsent(line);
  if (signed !== undefined) return { ...fields, signed };
  if (ABOUT_REPORTING.test(line) || Array.from(line).length <= 4) return fields;
  return { ...fields, situation: joined(fields.situation, line) };
}
