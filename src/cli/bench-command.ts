import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, createApp } from '../app.ts';
import type { Config } from '../config.ts';
import { readQuestionLines } from '../evaluation/question-set.ts';
import { benchTelegram, benchWechat } from '../evaluation/adapter-bench.ts';
import { benchExports } from '../evaluation/export-bench.ts';
import { benchBackup } from '../evaluation/backup-bench.ts';
import { benchWorkbench } from '../evaluation/workbench-bench.ts';
import { describeKillNine, runKillNine } from '../evaluation/kill-nine.ts';
import { BenchRoster, benchNoticeFanOut } from '../evaluation/notice-bench.ts';
import { writeSyntheticCorpus } from '../evaluation/synthetic-corpus.ts';
import { percentile, peakRssMiB, timeQueries } from '../evaluation/timing.ts';
import { silentLogger } from '../log.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import { LocalHashEmbeddings } from '../retrieval/local-embeddings.ts';
import { DEFAULT_EF_SEARCH } from '../retrieval/vector-index.ts';
import { parseCommandArgs, type CommandContext } from './context.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);
/** The shipped defaults of WECHAT_SEND_INTERVAL_MS / WECHAT_SEND_JITTER_MS (see .env.example). */
const WECHAT_INTERVAL_MS = 1500;
const WECHAT_JITTER_MS = 1500;

/** Speed figures: shipped-corpus ingest and queries, then a synthetic corpus of ≥ 100k chunks. */
export async function benchCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    chunks: { type: 'string', default: '100000' },
    'skip-large': { type: 'boolean', default: false },
    only: { type: 'string' },
  });
  const work = mkdtempSync(path.join(tmpdir(), 'liaison-bench-'));
  // Offline parts only: the bench measures this code, not a provider's network.
  const offline: Config = { ...ctx.config, dataDir: path.join(work, 'shipped'), llm: null, embeddings: { kind: 'local' } };
  try {
    const only = values.only;
    if (!only || only === 'startup') await benchStartup(offline.knowledgeDir, path.join(work, 'startup'));
    if (!only || only === 'answers') await benchShipped(offline);
    if (!only || only === 'notices') await benchNotices({ ...offline, dataDir: path.join(work, 'notices') });
    if (!only || only === 'exports') await benchExportOpinions(path.join(work, 'exports'));
    if (!only || only === 'workbench') await benchWorkbenchPages({ ...offline, dataDir: path.join(work, 'workbench') });
    if (!only || only === 'adapters') await benchAdapters({ ...offline, dataDir: path.join(work, 'adapters') });
    if (!only || only === 'backup') await benchBackups(path.join(work, 'backup'));
    if (!only || only === 'durability') await benchDurability(path.join(work, 'durability'));
    if ((!only && !values['skip-large']) || only === 'large') await benchLarge(offline, work, Number(values.chunks));
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The question the issue measures cold start with. */
const STARTUP_QUESTION = '十堰市政协党组向市委请示报告了多少次？';
const STARTUP_RUNS = 3;

/**
 * Cold start of `liaison ask` as a member's shell runs it: a new process each time, offline (no
 * .env in its folder, no provider in its environment), the index already built by a first run.
 * Peak RSS is the child's own, reported from inside it at exit, so no `time` program is needed.
 */
async function benchStartup(knowledgeDir: string, work: string): Promise<void> {
  print(`== 冷启动（liaison ask "${STARTUP_QUESTION}"，新进程，离线，索引已建好；${STARTUP_RUNS} 次）`);
  mkdirSync(work, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(work, 'data'), KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: 'error' };
  for (const name of Object.keys(env)) if (/^(OPENAI_|EMBEDDING_|CHAT_MODEL|TELEGRAM_|WECHATY_)/.test(name)) delete env[name];
  const first = await runAsk(env, work);
  print(`首次（导入随附知识库）：${(first.ms / 1000).toFixed(2)} 秒，峰值 RSS ${first.rssMiB.toFixed(0)} MiB`);
  const runs: Array<{ ms: number; rssMiB: number }> = [];
  for (let i = 0; i < STARTUP_RUNS; i++) runs.push(await runAsk(env, work));
  for (const [i, r] of runs.entries()) print(`第 ${i + 1} 次：${(r.ms / 1000).toFixed(2)} 秒，峰值 RSS ${r.rssMiB.toFixed(0)} MiB`);
  const median = (values: number[]) => percentile(values, 50);
  print(`中位数：${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} 秒，峰值 RSS ${median(runs.map((r) => r.rssMiB)).toFixed(0)} MiB（目标 ≤ 1.5 秒、≤ 200 MiB）`);
}

/** Peak RSS in KiB, written by the child as it exits. */
const RSS_MARK = 'liaison-bench-maxrss=';
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n${RSS_MARK}'+process.resourceUsage().maxRSS+'\\n'))`;

function runAsk(env: NodeJS.ProcessEnv, cwd: string): Promise<{ ms: number; rssMiB: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', REPORT_RSS, path.join(PROJECT_ROOT, 'bin/liaison.js'), 'ask', STARTUP_QUESTION], {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const kib = new RegExp(`${RSS_MARK}(\\d+)`).exec(stderr)?.[1];
      if (code !== 0 || !kib) reject(new Error(`liaison ask 退出码 ${code}：${stderr.replace(new RegExp(`\\n?${RSS_MARK}\\d+\\n?`), '').trim().slice(0, 300)}`));
      else resolve({ ms, rssMiB: Number(kib) / 1024 });
    });
  });
}

async function benchShipped(config: Config): Promise<void> {
  print('== 随附知识库（离线嵌入 + 抽取式回答）');
  const app = await createApp(config, silentLogger());
  print(`导入：${app.ingest.seconds.toFixed(2)} 秒，${app.ingest.chunks} 个分块，${(app.ingest.chunks / app.ingest.seconds).toFixed(0)} 分块/秒`);
  const visible = readQuestionLines(readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/qa-visible.jsonl'), 'utf8')).map((i) => i.q);
  const sampled = sampleQuestions(app.kb.chunks.values(), 200 - visible.length);
  const times = await timeQueries([...visible, ...sampled], (q) => app.questions.ask(q));
  print(`查询 ${times.length} 次：p50 ${percentile(times, 50).toFixed(1)} ms，p95 ${percentile(times, 95).toFixed(1)} ms`);
  print(`峰值内存 RSS：${peakRssMiB().toFixed(0)} MiB`);
}

async function benchNotices(config: Config): Promise<void> {
  print('\n== 会议通知（1,000 位委员，微信、Telegram 各半；发送端只计数，不计平台耗时）');
  const roster = new BenchRoster(1000);
  const app = await createApp(config, silentLogger(), { roster });
  const perSecond = config.telegram?.sendsPerSecond ?? 20;
  const r = await benchNoticeFanOut(app, roster, perSecond);
  app.close();
  print(`建立收件人并排入发送队列（一个事务）：${r.queueMs.toFixed(0)} ms`);
  print(`不限速投递 ${r.recipients} 条：${r.unpacedMs.toFixed(0)} ms（${(r.recipients / (r.unpacedMs / 1000)).toFixed(0)} 条/秒，本程序自身开销）`);
  print(`Telegram 按默认 ${perSecond} 条/秒限速投递 ${r.pacedSample.messages} 条：${(r.pacedSample.ms / 1000).toFixed(1)} 秒`);
  const wechatEach = (WECHAT_INTERVAL_MS + WECHAT_JITTER_MS / 2) / 1000;
  print(`按默认限速推算 1,000 人：全在 Telegram 约 ${(1000 / perSecond).toFixed(0)} 秒；全在微信（间隔 ${WECHAT_INTERVAL_MS} ms + 平均抖动 ${WECHAT_JITTER_MS / 2} ms）约 ${((1000 * wechatEach) / 60).toFixed(1)} 分钟；各半时两渠道并行，约 ${((500 * wechatEach) / 60).toFixed(1)} 分钟`);
  print(`经对话核心处理回执“参加”：${r.repliesPerSecond.toFixed(0)} 条/秒`);
}

async function benchExportOpinions(dataDir: string): Promise<void> {
  print('\n== 社情民意导出（1,000 条，经真实存储写入后导出）');
  const r = await benchExports(dataDir, 1000);
  print(`读取 ${r.count} 条：${r.listMs.toFixed(0)} ms`);
  for (const f of r.formats) print(`导出 ${f.format}：${(f.ms / 1000).toFixed(2)} 秒，${f.kib.toFixed(0)} KiB`);
}

async function benchWorkbenchPages(config: Config): Promise<void> {
  const r = await benchWorkbench(config);
  const ms = (s: { p50: number; p95: number }) => `p50 ${s.p50.toFixed(1)} ms，p95 ${s.p95.toFixed(1)} ms`;
  print(`\n== 工作台页面加载（服务器端，真实 hono 应用经 app.request()，临时数据库；每项 ${r.requests} 次）`);
  print(`准备：经真实存储写入 ${r.opinions.toLocaleString()} 条社情民意 ${r.seedSeconds.opinions.toFixed(1)} 秒；${r.members.toLocaleString()} 位委员的会议通知（六成参加、两成请假，部分送达失败或未绑定）${r.seedSeconds.notice.toFixed(1)} 秒`);
  print(`社情民意列表（${r.opinions.toLocaleString()} 条，第 1 页）：${ms(r.list)}`);
  print(`社情民意详情（含相近信息检查）：${ms(r.detail)}；启动后首次打开（建立相近检查索引）${r.firstDetailMs.toFixed(0)} ms`);
  print(`  对照：逐条比较全部 ${r.opinions.toLocaleString()} 条的相近检查（改用索引之前的做法，仅比较部分）：${ms(r.fullScan)}`);
  print(`会议通知回执页（${r.members.toLocaleString()} 位委员）：${ms(r.roll)}`);
  print(`回执自动更新（页面脚本每 3 秒询问一次）：无变化（304）${ms(r.rollUnchanged)}；有新回执（200）${ms(r.rollChanged)}`);
}

async function benchBackups(dataDir: string): Promise<void> {
  const count = 10_000;
  print(`\n== 数据库备份（${count.toLocaleString()} 条社情民意，经真实存储逐条写入）`);
  const r = await benchBackup(dataDir, count);
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  print(`写入 ${r.count} 条：${r.submitSeconds.toFixed(1)} 秒；数据库 ${mib(r.databaseBytes)} MiB`);
  print(`liaison backup（另开连接，含完整性检查）：${(r.cli.ms / 1000).toFixed(2)} 秒，备份文件 ${mib(r.cli.bytes)} MiB`);
  print(`运行中的机器人每日备份（同一连接）：${(r.inBot.ms / 1000).toFixed(2)} 秒，备份文件 ${mib(r.inBot.bytes)} MiB`);
  print(`恢复到新的数据目录（校验 + 替换）：${(r.restoreMs / 1000).toFixed(2)} 秒`);
}

async function benchDurability(dataDir: string): Promise<void> {
  print('\n== kill -9 耐久性（每轮 40 份同时提交，经真实存储，子进程在随机时刻被 SIGKILL，共 8 次）');
  for (const line of describeKillNine(await runKillNine({ dataDir, kills: 8, perRound: 40, seed: 20260501 }))) print(line);
}

async function benchAdapters(config: Config): Promise<void> {
  const count = 10_000;
  print(`\n== 渠道适配器（各 ${count.toLocaleString()} 条提问，200 位委员，离线回答；限流放开以测吞吐）`);
  const unlimited = { ...config, rateLimit: { userPerMinute: Number.MAX_SAFE_INTEGER, roomPerMinute: Number.MAX_SAFE_INTEGER } };
  for (const [name, run] of [
    ['Telegram（telegraf ↔ 本机 Bot API 模拟器）', benchTelegram],
    ['微信（wechaty ↔ wechaty-puppet-mock，不限速）', benchWechat],
  ] as const) {
    const app = await createApp({ ...unlimited, dataDir: path.join(config.dataDir, name.slice(0, 2)) }, silentLogger());
    const r = await run(app, count);
    app.close();
    print(`${name}：${r.messages} 条回复，${r.seconds.toFixed(1)} 秒，${r.perSecond.toFixed(0)} 条/秒；之后进程内存 RSS ${r.rssMiB.toFixed(0)} MiB`);
  }
}

async function benchLarge(config: Config, work: string, target: number): Promise<void> {
  print(`\n== 合成语料（目标 ${target} 个分块，由随附报告生成，不入库）`);
  const reports = path.join(config.knowledgeDir, 'reports');
  const seeds = readdirSync(reports).map((f) => readFileSync(path.join(reports, f), 'utf8'));
  const corpus = writeSyntheticCorpus(path.join(work, 'synthetic-knowledge'), seeds, target);
  print(`生成 ${corpus.documents} 个文档，${(corpus.characters / 1e6).toFixed(1)} 百万字`);
  const started = performance.now();
  const big = await createApp({ ...config, dataDir: path.join(work, 'synthetic-data'), knowledgeDir: corpus.dir }, silentLogger());
  const total = (performance.now() - started) / 1000;
  print(`索引构建（清洗、分块、嵌入、HNSW）：${big.ingest.seconds.toFixed(1)} 秒，${big.ingest.chunks} 个分块`);
  print(`加载（含关键词索引）：${(total - big.ingest.seconds).toFixed(1)} 秒；合计 ${total.toFixed(1)} 秒`);
  const times = await timeQueries(corpus.questions, (q) => big.questions.ask(q));
  print(`查询 ${times.length} 次：p50 ${percentile(times, 50).toFixed(1)} ms，p95 ${percentile(times, 95).toFixed(1)} ms`);
  print(`峰值内存 RSS：${peakRssMiB().toFixed(0)} MiB`);
  for (const ef of [64, 128, 256, 512]) {
    big.kb.vectors.setEfSearch(ef);
    const { recall, ms } = await vectorRecall(big.kb, corpus.questions.slice(0, 20));
    print(`向量索引 HNSW（256 维，M=16，efConstruction=100）efSearch=${ef}：召回率 recall@10 ${recall.toFixed(3)}（对比精确检索，20 个查询），单次 ${ms.toFixed(2)} ms`);
  }
  big.kb.vectors.setEfSearch(DEFAULT_EF_SEARCH);
}

/** Share of the exact top-10 neighbours the graph search also returns. */
async function vectorRecall(kb: KnowledgeBase, questions: string[]): Promise<{ recall: number; ms: number }> {
  const embeddings = new LocalHashEmbeddings();
  const all = Int32Array.from(kb.chunks.keys());
  let found = 0;
  let elapsed = 0;
  for (const question of questions) {
    const vector = await embeddings.embedQuery(question);
    const exact = new Set(kb.vectors.searchAmong(vector, all, 10).map((h) => h.id));
    const started = performance.now();
    const hits = kb.vectors.search(vector, 10);
    elapsed += performance.now() - started;
    found += hits.filter((h) => exact.has(h.id)).length;
  }
  return { recall: found / (questions.length * 10), ms: elapsed / questions.length };
}

/** Questions shaped like members' from the corpus itself: a city plus a phrase of a sentence. */
function sampleQuestions(chunks: Iterable<{ text: string; docId: string }>, count: number): string[] {
  const all = [...chunks];
  const out: string[] = [];
  for (let i = 0; out.length < count && all.length > 0; i++) {
    const chunk = all[(i * 7919) % all.length]!;
    const city = /\d{4}-(\p{Script=Han}{2,3}?)市/u.exec(chunk.docId)?.[1] ?? '';
    const phrase = chunk.text.replace(/[，,。；、“”]/g, '').slice((i * 13) % 40, ((i * 13) % 40) + 10);
    out.push(i % 2 === 0 ? `${city}政协${phrase}是怎么做的？` : `${city}${phrase}有多少？`);
  }
  return out;
}
