import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openStorage } from '../storage/open-store.ts';
import { killNineFields, type KillNineItem, type KillNineJob } from './kill-nine-job.ts';
import { seededRandom } from '../shared/seeded-random.ts';

/** Compiled (dist/, as `liaison bench` ships) the child runs as JavaScript; from the sources, through tsx. */
const COMPILED = import.meta.url.endsWith('.js');
const CHILD = fileURLToPath(new URL(COMPILED ? './kill-nine-child.js' : './kill-nine-child.ts', import.meta.url));
const CHILD_ARGS = COMPILED ? [CHILD] : ['--import', 'tsx', CHILD];
/** Where `--import tsx` is resolved from, whatever directory the bench is run in. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface KillNineOptions {
  dataDir: string;
  /** Child processes killed with SIGKILL, one after another (default 8). */
  kills?: number;
  /** New reports submitted at once in each round (default 40); unreceipted ones of the round before come on top. */
  perRound?: number;
  /** Seeds when each kill comes, so a run can be repeated (default 1). */
  seed?: number;
  /** Gives up (throws) when a child does not answer in time, default 10 s. */
  stepTimeoutMs?: number;
}

export interface KillNineResult {
  kills: number;
  /** Kills that came while the child still had submissions to make. */
  killedMidway: number;
  /** Distinct reports submitted (each until it got a receipt). */
  reports: number;
  /** Receipts printed by the children, the killed ones before dying and the last one. */
  shown: number;
  /** Of them, printed by a child that was then killed. */
  shownBeforeKill: number;
  /** Resubmissions that got the number issued before (same message, or same content in a new message). */
  resubmitted: { message: number; content: number };
  /** Submissions in the store at the end. */
  stored: number;
  /** Receipts shown whose submission is not in the store (must be 0). */
  lost: number;
  /** Reports stored more than once, plus reports shown under two numbers (must be 0). */
  duplicated: number;
  /** Numbers missing from 0001 … the highest issued (must be 0). */
  gaps: number;
  seconds: number;
}


interface Receipt {
  key: number;
  number: string;
  duplicate: boolean;
}

/** A child process started ahead of its round, read line by line. */
class Child {
  readonly process: ChildProcess;
  readonly ended: Promise<void>;
  stderr = '';
  private readonly lines: string[] = [];
  private closed = false;
  private wake: () => void = () => {};

  constructor(dataDir: string) {
    this.process = spawn(process.execPath, [...CHILD_ARGS, dataDir], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdin!.on('error', () => {}); // EPIPE once killed
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    createInterface({ input: this.process.stdout! }).on('line', (line) => {
      this.lines.push(line);
      this.wake();
    });
    // 'close' comes after stdout has ended, so every line printed has been read by then.
    this.ended = new Promise((resolve) =>
      this.process.on('close', () => {
        this.closed = true;
        this.wake();
        resolve();
      }),
    );
  }

  /** The next line printed, or null once the process has ended and every line was read. */
  async next(timeoutMs: number): Promise<Record<string, unknown> | null> {
    if (this.lines.length === 0 && !this.closed) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve, reject) => {
        this.wake = resolve;
        timer = setTimeout(() => reject(new Error(`kill -9 child printed nothing in ${timeoutMs} ms: ${this.stderr}`)), timeoutMs);
      }).finally(() => clearTimeout(timer));
    }
    const line = this.lines.shift();
    return line === undefined ? null : (JSON.parse(line) as Record<string, unknown>);
  }
}

/**
 * The kill -9 durability run: rounds of `perRound` concurrent submissions through the real store,
 * each in a child process killed with SIGKILL after a seeded-random number of receipts; a report
 * whose receipt was not shown is submitted again in the next round, alternately as the same
 * message (the dialog's own id, retried) and as a new one (the member starting over). A last child
 * is left to finish. Every receipt shown must then be stored, once, under one number.
 */
export async function runKillNine(options: KillNineOptions): Promise<KillNineResult> {
  const kills = options.kills ?? 8;
  const perRound = options.perRound ?? 40;
  const timeout = options.stepTimeoutMs ?? 10_000;
  const draw = seededRandom(options.seed ?? 1);
  const started = performance.now();
  openStorage({ dataDir: options.dataDir }).close(); // migrated up front: the children race only on submissions

  const shownNumbers = new Map<number, Set<string>>();
  const unreceipted = new Map<number, number>(); // key → resubmissions so far
  const resubmitted = { message: 0, content: 0 };
  let shown = 0;
  let shownBeforeKill = 0;
  let killedMidway = 0;
  let killed = 0;
  let nextKey = 0;
  const spawned: Child[] = [];
  const start = () => {
    const child = new Child(options.dataDir);
    spawned.push(child);
    return child;
  };
  let warm = start();

  try {
    for (let round = 0; round <= kills; round++) {
      const child = warm;
      const last = round === kills;
      if (!last) warm = start(); // the next one starts while this one works
      const retries = [...unreceipted.entries()].map(([key, tries]): KillNineItem => {
        // Alternating by report and try: the same message again, or a new message with the same content.
        const sameMessage = (key + tries) % 2 === 0;
        return { key, member: `console:k9-${key}`, messageId: sameMessage ? `k9-${key}` : `k9-${key}-again-${tries}` };
      });
      const fresh = last ? [] : Array.from({ length: perRound }, (_, i): KillNineItem => ({ key: nextKey + i, member: `console:k9-${nextKey + i}`, messageId: `k9-${nextKey + i}` }));
      nextKey += fresh.length;
      const items = [...retries, ...fresh];
      for (const item of fresh) unreceipted.set(item.key, 0);
      const sameMessage = new Set(retries.filter((r) => !r.messageId.includes('-again-')).map((r) => r.key));

      if ((await child.next(timeout))?.ready !== true) throw new Error(`kill -9 child did not start: ${child.stderr}`);
      const job: KillNineJob = { at: '2026-05-01T02:00:00Z', items };
      child.process.stdin!.write(`${JSON.stringify(job)}\n`);
      // Killed after this many receipts (0: right after the job is handed over); the signal lands a moment later.
      const killAfter = last ? Number.POSITIVE_INFINITY : Math.floor(draw() * items.length);
      let receipts = 0;
      const record = (line: Record<string, unknown>) => {
        const receipt = line as unknown as Receipt;
        receipts++;
        shown++;
        if (!last) shownBeforeKill++;
        if (!shownNumbers.has(receipt.key)) shownNumbers.set(receipt.key, new Set());
        shownNumbers.get(receipt.key)!.add(receipt.number);
        if (receipt.duplicate && (unreceipted.get(receipt.key) ?? 0) > 0) resubmitted[sameMessage.has(receipt.key) ? 'message' : 'content']++;
        unreceipted.delete(receipt.key);
      };
      while (receipts < killAfter) {
        const line = await child.next(timeout);
        if (line === null) throw new Error(`kill -9 child ended by itself: ${child.stderr}`);
        if (line.done === true) break;
        record(line);
      }
      if (!last) {
        child.process.kill('SIGKILL');
        killed++;
        // What was printed before the signal landed was shown too.
        for (let line = await child.next(timeout); line !== null; line = await child.next(timeout)) if (line.done !== true) record(line);
        if (receipts < items.length) killedMidway++;
      }
      if (last) child.process.stdin!.end();
      await child.ended;
      for (const [key, tries] of unreceipted) unreceipted.set(key, tries + 1);
    }
  } finally {
    // A run given up half-way leaves no process behind.
    for (const child of spawned) if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
  }
  return { ...(await audit(options.dataDir, shownNumbers, nextKey)), kills: killed, killedMidway, shown, shownBeforeKill, resubmitted, seconds: (performance.now() - started) / 1000 };
}

/** Compares what the children showed with what the store holds. */
async function audit(dataDir: string, shown: Map<number, Set<string>>, reports: number) {
  const storage = openStorage({ dataDir });
  try {
    const all = await storage.opinions.list();
    const byTitle = new Map<string, number>();
    for (const opinion of all) byTitle.set(opinion.fields.title, (byTitle.get(opinion.fields.title) ?? 0) + 1);
    let lost = 0;
    let duplicated = 0;
    for (const [key, numbers] of shown) {
      if (numbers.size > 1) duplicated++;
      for (const number of numbers) {
        const stored = await storage.opinions.get(number);
        if (!stored || stored.fields.title !== killNineFields(key).title) lost++;
      }
    }
    for (const count of byTitle.values()) if (count > 1) duplicated += count - 1;
    const seqs = all.map((o) => Number(o.number.slice(-4)));
    const gaps = seqs.length ? Math.max(...seqs) - new Set(seqs).size : 0;
    return { reports, stored: all.length, lost, duplicated, gaps };
  } finally {
    storage.close();
  }
}

/** The figures, as `liaison bench --only durability` and the test print them. */
export function describeKillNine(r: KillNineResult): string[] {
  return [
    `kill -9：${r.kills} 次（${r.killedMidway} 次在提交途中），共 ${r.reports} 份报告，用时 ${r.seconds.toFixed(1)} 秒`,
    `回执显示 ${r.shown} 张（其中被杀前显示 ${r.shownBeforeKill} 张）；入库 ${r.stored} 份；丢失 ${r.lost}，重复 ${r.duplicated}，编号缺口 ${r.gaps}`,
    `丢了回执后重新提交、认出原编号：同一消息 ${r.resubmitted.message} 次，新消息同内容 ${r.resubmitted.content} 次`,
  ];
}
