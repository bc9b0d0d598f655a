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
  /** A follow-up ("那武汉呢？") or a mistyped city ("武汗市政协") as the bot understood it ("武汉市政协…多少次？"). */
  understood?: string;
  /** When declined: questions near it the knowledge base answers, which the member may have meant. */
  offered?: string[];
}

/** What an answerer may use besides the passages the offline gate retrieved. */
export interface AnswerContext {
  /** Who asks, in which conversation ("console:chat:u1"): an answerer keeping history keys it on this. */
  asker?: string;
  /** Names the asker goes by (the chat nickname): personal data, like their phone number. */
  names?: string[];
  /** The gate's retrieval for a query the answerer words itself, held to the question's year and kind. */
  search?: (query: string) => Promise<Passage[]>;
  /** Sentences of the rules (by their anchors) the question is one of the members' ways of asking about. */
  askedSo?: ReadonlySet<string>;
}

export interface Answerer {
  /**
   * `passages` are what the offline gate retrieved and found covering the question; empty when
   * none did (only an answerer that `searches` is asked then), and an answerer given none declines.
   */
  answer(question: string, passages: Passage[], context?: AnswerContext): Promise<Answer>;
  /** True when the answerer searches on its own (the agent): it may find what the gate did not. */
  readonly searches?: boolean;
}
