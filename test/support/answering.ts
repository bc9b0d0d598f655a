import type { Term } from '../../src/answering/relevance.ts';
import { parseChinaDate } from '../../src/china-time.ts';

/** The day the answering tests are set on: late in 2026, so "去年" is 2025 and the reports' years are past. */
export const LATE_2026 = parseChinaDate('2026-11-26')!;

/** A question word as the answerer weighs it, for tests of its parts. */
export const term = (word: string): Term => ({ word, weight: 1, forms: [word], parts: [] });
