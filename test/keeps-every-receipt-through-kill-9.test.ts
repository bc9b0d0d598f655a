import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeKillNine, runKillNine } from '../src/evaluation/kill-nine.ts';

describe('kill -9 while members submit', () => {
  // A process boundary is the point here: each round's child process dies by SIGKILL mid-work.
  it('keeps every receipt shown, once, under one number, through 8 kills of 40 concurrent submissions', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-kill9-'));
    const r = await runKillNine({ dataDir, kills: 8, perRound: 40, seed: 20260501 });
    console.log(describeKillNine(r).join('\n'));
    expect(r.kills).toBe(8);
    expect(r.reports).toBe(320);
    // Every report ends with a receipt: those lost to a kill are submitted again until one is shown.
    expect(r.shown).toBe(r.reports);
    expect(r.stored).toBe(r.reports);
    expect([r.lost, r.duplicated, r.gaps]).toEqual([0, 0, 0]);
  }, 15_000);
});
