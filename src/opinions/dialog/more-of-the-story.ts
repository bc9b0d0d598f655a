import { splitFreeText } from '../intake/free-text.ts';
import { withoutDecoration } from '../intake/extract.ts';
import { readsAsSuggestion, tellsMoreOfTheStory } from '../intake/start-phrase.ts';
import type { OpinionFields } from '../types.ts';
import { contactIn } from './contact-answers.ts';
import { isMissing, joined, stored } from './draft-text.ts';
import type { DraftStep } from './wizard.ts';

type Fields = Partial<OpinionFields>;

/** "我电话", "我的手机号", "本人联系电话": the member's own number named as such. */
const OWN_NUMBER = /(?:我|本人)的?(?:联系)?(?:电话|手机|号码)/u;

/**
 * Members tell a story over several messages: asked for the suggestion, a message that only
 * describes the problem more (no ask, no measure) belongs to the situation, and the suggestion
 * is asked for again.
 */
export function moreOfTheStory(fields: Fields, step: DraftStep, text: string): Fields | null {
  // Asked for the suggestion, a message that asks for nothing ("后来一问，县城只有两台救护车")
  // still tells the story; so does anything but a suggestion after only a topic ("停车场乱收费").
  if (step !== 'suggestion' || !fields.situation || withoutDecoration(text) === '') return null;
  const topicOnly = Array.from(fields.situation).length <= 12;
  // After only a topic ("盲道被占的问题"), a message with the story and the suggestion gives both.
  if (readsAsSuggestion(text)) {
    const { given, rest } = contactIn(text);
    const { situation, suggestion } = topicOnly ? splitFreeText(rest) : {};
    if (situation && suggestion) return { ...fields, ...given, situation: joined(fields.situation, stored(situation)), suggestion: stored(suggestion) };
    // "……出台了支持技术改造的政策，……补贴还没拿到": a measure named in the story asks nothing.
    return situation && !suggestion && Array.from(situation).length >= 15 ? { ...fields, ...given, situation: joined(fields.situation, stored(situation)) } : null;
  }
  if (!topicOnly && !tellsMoreOfTheStory(text)) return null;
  // "我是台联的委员陈家豪。台湾同胞在武汉……": who reports it, told with the story, goes to its fields.
  // (Only a self-introduction, or a number the member calls theirs, "（我电话139…，照片都有）":
  // a bare number told in the story may be somebody else's.)
  const { given, rest } = contactIn(text);
  const ownNumber = given.phone !== undefined && OWN_NUMBER.test(text);
  if (!given.name && !given.sector && !ownNumber) return { ...fields, situation: joined(fields.situation, stored(text)) };
  const missing = Object.fromEntries(Object.entries(given).filter(([field]) => isMissing(fields, field as keyof OpinionFields)));
  return { ...fields, ...missing, situation: joined(fields.situation, stored(rest || text)) };
}
