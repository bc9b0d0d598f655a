/** Milliseconds each call took, one after another. */
export async function timeQueries<T>(questions: string[], ask: (q: string) => Promise<T>): Promise<number[]> {
  const times: number[] = [];
  for (const q of questions) {
    const started = performance.now();
    await ask(q);
    times.push(performance.now() - started);
  }
  return times;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Peak resident set size of this process so far. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
