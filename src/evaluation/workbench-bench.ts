import type { Config } from '../config.ts';
import type { Address, Sender } from '../conversation/outbound.ts';
import { OutboxDispatcher } from '../conversation/outbox-dispatcher.ts';
import { SendError } from '../conversation/send-errors.ts';
import { silentLogger } from '../log.ts';
import { RegistryDirectory } from '../members/registry-directory.ts';
import { NoticeService } from '../notices/notice-service.ts';
import { rankSimilar, type SimilarityCandidate } from '../opinions/similarity.ts';
import { StaffAccess } from '../staff/staff-access.ts';
import { openStorage } from '../storage/open-store.ts';
import { checkHealth } from '../web/health.ts';
import { PromMetrics } from '../web/metrics.ts';
import { createWebApp } from '../web/server.ts';
import { workbenchDepsFrom } from '../workbench/deps.ts';
import { opinionCorpus } from './opinion-corpus.ts';
import { percentile } from './timing.ts';

/** p50 and p95 of a series of milliseconds. */
export interface Spread {
  p50: number;
  p95: number;
}

export interface WorkbenchBenchResult {
  opinions: number;
  members: number;
  seedSeconds: { opinions: number; notice: number };
  requests: number;
  list: Spread;
  detail: Spread;
  /** The first detail page after start: the similar-submission index is built on it. */
  firstDetailMs: number;
  /** The similar-submission check as it was before the index: every submission compared. */
  fullScan: Spread;
  roll: Spread;
  /** The roll's script asking again: unchanged (304), and after a reply (200). */
  rollUnchanged: Spread;
  rollChanged: Spread;
}

const spread = (times: number[]): Spread => ({ p50: percentile(times, 50), p95: percentile(times, 95) });

/** Refuses one member in twenty for good, as a platform does an account that is gone. */
class SometimesRefusing implements Sender {
  constructor(readonly channel: string) {}
  async send(to: Address): Promise<void> {
    if (Number(to.chatId.slice(1)) % 20 === 0) throw new SendError('permanent', '对方账号不存在');
  }
}

/**
 * Server-side load time of the workbench's heaviest pages, through the real hono app
 * (app.request(), so no socket or browser is timed) on a temporary database filled through the
 * real stores: the 社情民意 list and detail with `opinions` submissions, and the roll of a
 * notice to `members` members with replies and failed deliveries.
 */
export async function benchWorkbench(config: Config, opinions = 10_000, members = 1_000, requests = 100): Promise<WorkbenchBenchResult> {
  const log = silentLogger();
  const storage = openStorage(config);
  try {
    const now = () => new Date();
    let t = performance.now();
    const corpus = opinionCorpus(opinions);
    const numbers: string[] = [];
    const start = Date.parse('2026-01-05T09:00:00+08:00');
    for (const [i, fields] of corpus.entries()) {
      const { opinion } = await storage.opinions.submit({ memberId: `console:u${i % 300}`, channel: 'console', messageId: `m${i}`, fields, now: new Date(start + i * 600_000) });
      numbers.push(opinion.number);
    }
    const opinionSeconds = (performance.now() - t) / 1000;

    t = performance.now();
    for (let i = 0; i < members; i++) {
      const { member } = await storage.members.upsert({ name: `委员${i + 1}`, sector: ['民盟', '民建', '农工党'][i % 3]!, committee: i % 2 ? '经济委' : '提案委', phone: `139${String(i).padStart(8, '0')}`, role: 'member' }, now());
      if (i % 50 !== 49) await storage.members.bind(`console:m${i}`, member.id, now());
    }
    const notices = new NoticeService({ store: storage.notices, roster: storage.roster, log, reminderHours: config.notices.reminderHours });
    const fields = { title: '关于召开市政协全体委员会议的通知', time: '12月5日上午9:00', place: '市民之家', scope: '全体委员', body: '正文', needsReply: true, replyBy: new Date(Date.now() + 72 * 3600_000) };
    const notice = await notices.create(fields, { allMembers: true, sectors: [], committees: [], members: [], groups: [] }, 'bench', now());
    const { recipients } = await notices.send(notice.id, 'bench', now());
    await new OutboxDispatcher({ outbox: storage.outbox, senders: [new SometimesRefusing('console')], log, now, batch: 500 }).tick();
    for (const [i, r] of recipients.entries()) {
      if (i % 10 < 6) await storage.notices.reply({ id: notice.id, memberId: r.memberId, answer: '参加', reason: '', now: now() });
      else if (i % 10 < 8) await storage.notices.reply({ id: notice.id, memberId: r.memberId, answer: '请假', reason: '外出调研', now: now() });
    }
    const noticeSeconds = (performance.now() - t) / 1000;

    const access = new StaffAccess({ store: storage.staffAccess, directory: new RegistryDirectory(storage.members, []), log });
    await access.setAdminPassword('基准测试', 'bench password 1', now());
    const signedIn = await access.signInWithPassword('基准测试', 'bench password 1', 'bench', now());
    if (!signedIn.ok) throw new Error('bench sign-in failed');
    const cookie = `liaison_session=${signedIn.session}`;
    const web = createWebApp({
      health: () => checkHealth({ phase: () => 'running', channels: () => ({}), storage: storage.status }),
      metrics: new PromMetrics({ processMetrics: false }),
      log,
      workbench: workbenchDepsFrom({ storage, access, config, now, log }),
    });
    const get = async (path: string, headers: Record<string, string> = {}, expected = 200): Promise<number> => {
      const started = performance.now();
      const response = await web.request(path, { headers: { cookie, ...headers } });
      await response.arrayBuffer();
      const ms = performance.now() - started;
      if (response.status !== expected) throw new Error(`${path} answered ${response.status}`);
      return ms;
    };
    const times = async (path: (i: number) => string, headers: (i: number) => Record<string, string> = () => ({}), expected = 200) => {
      const out: number[] = [];
      for (let i = 0; i < requests; i++) out.push(await get(path(i), headers(i), expected));
      return out;
    };

    const pick = (i: number) => numbers[Math.floor(((i + 0.5) * numbers.length) / requests)]!;
    const firstDetailMs = await get(`/opinions/${pick(0)}`);
    const detail = await times((i) => `/opinions/${pick(i)}`);
    await times(() => '/opinions');
    const list = await times(() => '/opinions');

    const all = (await storage.opinions.list()).map((o): SimilarityCandidate => ({ number: o.number, memberId: o.memberId, title: o.fields.title, situation: o.fields.situation }));
    const fullScan: number[] = [];
    for (let i = 0; i < requests; i++) {
      const o = all[Math.floor(((i + 0.5) * all.length) / requests)]!;
      const started = performance.now();
      rankSimilar(o.memberId, o, all);
      fullScan.push(performance.now() - started);
    }

    const path = `/notices/${notice.id}`;
    await times(() => path);
    const roll = await times(() => path);
    const tag = (await web.request(`${path}/roll`, { headers: { cookie } })).headers.get('etag') ?? '';
    const rollUnchanged = await times(() => `${path}/roll`, () => ({ 'if-none-match': tag }), 304);
    // A reply between two asks: the roll is read and rendered again.
    const silent = recipients.filter((_, i) => i % 10 >= 8);
    const rollChanged: number[] = [];
    for (let i = 0; i < requests; i++) {
      await storage.notices.reply({ id: notice.id, memberId: silent[i % silent.length]!.memberId, answer: i % 2 ? '参加' : '请假', reason: i % 2 ? '' : `第${i}次`, now: now() });
      rollChanged.push(await get(`${path}/roll`, { 'if-none-match': tag }));
    }
    return {
      opinions,
      members,
      seedSeconds: { opinions: opinionSeconds, notice: noticeSeconds },
      requests,
      list: spread(list),
      detail: spread(detail),
      firstDetailMs,
      fullScan: spread(fullScan),
      roll: spread(roll),
      rollUnchanged: spread(rollUnchanged),
      rollChanged: spread(rollChanged),
    };
  } finally {
    storage.close();
  }
}
