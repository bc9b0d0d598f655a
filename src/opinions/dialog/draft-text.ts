import type { OpinionFields } from '../types.ts';
import { withoutDecoration } from '../intake/extract.ts';

/** How the member's messages are put into the story and the suggestion. */

type Fields = Partial<OpinionFields>;

/** What is kept of a message in the story: without emoji, stickers or greetings. */
export function stored(text: string): string {
  return withoutDecoration(text) || text.trim();
}

/** A further message added to a text field, with a pause between. */
export function joined(before: string | undefined, more: string): string {
  if (!before) return more;
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
