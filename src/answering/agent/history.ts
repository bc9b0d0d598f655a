import { FOLLOW_UP_TTL_MS } from '../follow-up.ts';

/** One earlier exchange, as the model gets it back: the question as understood and the answer without markers. */
export interface Turn {
  question: string;
  answer: string;
}

/** Turns given back at most: enough for "那武汉呢？" after "那十堰呢？", little enough to stay cheap. */
const MAX_TURNS = 3;
/** Askers kept at most; the oldest are forgotten first (they have long expired in practice). */
const MAX_ASKERS = 10_000;

/**
 * Each member's recent turns in one conversation, so the agent reads a follow-up against them.
 * They expire as the offline follow-ups do: a question after a pause starts afresh.
 */
export class ConversationHistory {
  private readonly turns = new Map<string, { turn: Turn; at: number }[]>();

  constructor(
    private readonly now: () => Date,
    private readonly ttlMs = FOLLOW_UP_TTL_MS,
  ) {}

  recent(asker: string): Turn[] {
    const since = this.now().getTime() - this.ttlMs;
    return (this.turns.get(asker) ?? []).filter((t) => t.at >= since).map((t) => t.turn);
  }

  add(asker: string, turn: Turn): void {
    const kept = [...(this.turns.get(asker) ?? []), { turn, at: this.now().getTime() }].slice(-MAX_TURNS);
    this.turns.delete(asker);
    this.turns.set(asker, kept);
    if (this.turns.size > MAX_ASKERS) this.turns.delete(this.turns.keys().next().value!);
  }
}
