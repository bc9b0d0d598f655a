import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_SENTENCE_SUPPORT, sentenceSupport } from '../src/answering/agent/answer-checks.ts';
import type { Passage } from '../src/answering/types.ts';

/**
 * A model's sentence is shown only if the passages it cites support it. The measured set: passages
 * of the shipped reports and rules, each with faithful paraphrases a model might write and
 * sentences it does not hold (an ID number asked for, advice, general knowledge).
 */
interface Case {
  passage: { title: string; section: string; text: string };
  sentence: string;
  supported: boolean;
}

const CASES = JSON.parse(readFileSync('test/fixtures/sentence-support.json', 'utf8')) as Case[];
/** The threshold must sit well inside the gap, not on the edge of either side. */
const MARGIN = 0.1;

function passageOf(c: Case): Passage {
  return { chunk: { id: 0, docId: 'x', ordinal: 0, ...c.passage }, doc: { id: 'x', title: c.passage.title, kind: 'report' }, score: 1 };
}

const scored = CASES.map((c) => ({ ...c, support: sentenceSupport(c.sentence, [passageOf(c)])! }));

describe('each sentence of an answer is checked against the passages it cites', () => {
  it('has both kinds of sentence in the measured set', () => {
    expect(scored.filter((c) => c.supported).length).toBeGreaterThanOrEqual(15);
    expect(scored.filter((c) => !c.supported).length).toBeGreaterThanOrEqual(15);
  });

  it.each(scored.filter((c) => c.supported).map((c) => [c.sentence, c.support]))('accepts a faithful paraphrase: %s', (_, support) => {
    expect(support).toBeGreaterThanOrEqual(MIN_SENTENCE_SUPPORT + MARGIN);
  });

  it.each(scored.filter((c) => !c.supported).map((c) => [c.sentence, c.support]))('rejects what the passage does not say: %s', (_, support) => {
    expect(support).toBeLessThan(MIN_SENTENCE_SUPPORT - MARGIN);
  });

  it('leaves a sentence too short to judge alone', () => {
    expect(sentenceSupport('是的。', [passageOf(CASES[0]!)])).toBeNull();
  });
});
