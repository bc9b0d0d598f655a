import type { Chunk, DocumentMeta } from '../knowledge/types.ts';

/** A retrieved chunk with its document and the score that ranked it. */
export interface Passage {
  chunk: Chunk;
  doc: DocumentMeta;
  score: number;
}

export interface Citation {
  /** 1-based number used in the answer text as [n]. */
  n: number;
  /** Document id (its path under the knowledge folder). */
  source: string;
  title: string;
  section: string;
  /** The full passage text the answerer used. */
  text: string;
  score: number;
}

export interface Answer {
  text: string;
  /** false when the bot declined: the knowledge base does not hold the answer. */
  answered: boolean;
  citations: Citation[];
  /** Which answerer produced the text, for logs and tests; 'curated' is a staff answer. */
  via: 'extractive' | 'llm' | 'declined' | 'curated';
  /** A follow-up ("那武汉呢？") as the bot understood it ("武汉市政协…多少次？"). */
  understood?: string;
}

export interface Answerer {
  answer(question: string, passages: Passage[]): Promise<Answer>;
}
