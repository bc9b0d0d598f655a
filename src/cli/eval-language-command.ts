import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, createApp } from '../app.ts';
import { noticeItem, opinionItem, readCorpus } from '../evaluation/language/corpus.ts';
import { replayNoticeReplies, type NoticesShown, type NoticeVerdict } from '../evaluation/language/notice-replay.ts';
import { replayOpinion, type OpinionVerdict } from '../evaluation/language/opinion-replay.ts';
import { createLogger } from '../log.ts';
import { parseCommandArgs, type CommandContext } from './context.ts';

const CORPUS = path.join(PROJECT_ROOT, 'test/fixtures/language');
/** Before the notices' reply deadlines, so every reply is still open (and one clock for all: rate limits are lifted). */
const NOW = new Date('2026-12-01T10:00:00+08:00');

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((n / of) * 100).toFixed(1)}%`);

/**
 * Replays the members' corpora (written by someone who had not read the parsers) through the real
 * core on a throw-away database, and prints the rates the intake and the notice replies reach.
 */
export async function evalLanguageCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    set: { type: 'string', default: 'dev' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  // dev: the sets tuned against; holdout (and any other name): sets kept apart.
  const suffix = values.set === 'dev' ? '' : `-${values.set}`;
  const noticeFile = path.join(CORPUS, `notice-replies${suffix}.jsonl`);
  const opinionFile = path.join(CORPUS, `opinions${suffix}.jsonl`);
  // "notice-replies-50.notices.json": the notices as that corpus's writer was shown them, and the
  // day the writer was told it is ("下周那个会" is counted from it).
  const shownFile = noticeFile.replace(/\.jsonl$/u, '.notices.json');
  const { today, ...shown } = existsSync(shownFile) ? (JSON.parse(readFileSync(shownFile, 'utf8')) as NoticesShown & { today?: string }) : {};
  const now = today ? new Date(`${today}T10:00:00+08:00`) : NOW;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-eval-language-'));
  const app = await createApp({ ...ctx.config, dataDir, llm: null, telegram: null, wechat: null, rateLimit: { userPerMinute: 10_000, roomPerMinute: 10_000 } }, createLogger('warn'), { now: () => now });
  try {
    const notices = existsSync(noticeFile) ? await replayNoticeReplies(app, readCorpus(noticeFile, noticeItem), now, shown) : [];
    const sequence = { next: 0 };
    const opinions: OpinionVerdict[] = [];
    if (existsSync(opinionFile)) for (const item of readCorpus(opinionFile, opinionItem)) opinions.push(await replayOpinion(app, item, now, sequence));
    const summary = summarize(notices, opinions);
    if (values.json) process.stdout.write(`${JSON.stringify({ set: values.set, ...summary })}\n`);
    else process.stdout.write(`${report(values.set, summary, values.verbose ? notices : [], values.verbose ? opinions : [])}\n`);
    return 0;
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function summarize(notices: NoticeVerdict[], opinions: OpinionVerdict[]) {
  const submitted = opinions.filter((o) => o.item.expect.outcome === 'submitted');
  return {
    notices: {
      items: notices.length,
      right: notices.filter((n) => n.right).length,
      wrong: notices.filter((n) => n.wrong).length,
      missedByKind: countKinds(notices.filter((n) => !n.right)),
      wrongByKind: countKinds(notices.filter((n) => n.wrong)),
    },
    opinions: {
      conversations: opinions.length,
      outcomeRight: opinions.filter((o) => o.outcomeRight).length,
      fieldsRight: opinions.filter((o) => o.fieldsRight).length,
      firstTime: opinions.filter((o) => o.firstTime).length,
      meanTurns: submitted.length ? submitted.reduce((sum, o) => sum + o.turns, 0) / submitted.length : 0,
      contactInBody: opinions.filter((o) => o.contactInBody).length,
      nicknameAsName: opinions.filter((o) => o.nicknameAsName).length,
      wrongParts: countParts(opinions.flatMap((o) => o.wrongParts)),
    },
  };
}

const PARTS = ['结果', '情况与问题', '意见建议', '标题', '姓名', '界别', '电话', '署名', '正文多余'];

/** Conversations with each part wrong, in the order of the form: where the misses lie, not which they are. */
function countParts(parts: string[]): Record<string, number> {
  return Object.fromEntries(PARTS.map((part) => [part, parts.filter((p) => p === part).length]));
}

const KINDS = ['参加', '请假', '两个会分别答', '该问参加还是请假', '该问哪个会', '问会议', '不是回执'];

/** Replies by what the member meant, as the corpus expects it. */
function kindOf(v: NoticeVerdict): string {
  const e = v.item.expect;
  if (e.answers) return '两个会分别答';
  if (e.answer) return e.answer;
  if (e.ask === 'attend-or-leave') return '该问参加还是请假';
  if (e.ask === 'which-notice') return '该问哪个会';
  return e.question ? '问会议' : '不是回执';
}

function countKinds(verdicts: NoticeVerdict[]): Record<string, number> {
  return Object.fromEntries(KINDS.map((kind) => [kind, verdicts.filter((v) => kindOf(v) === kind).length]));
}

function report(set: string, s: ReturnType<typeof summarize>, notices: NoticeVerdict[], opinions: OpinionVerdict[]): string {
  const n = s.notices;
  const o = s.opinions;
  const lines = [
    `语料：${set}`,
    `会议回执：${n.items} 条，登记正确 ${n.right}（${pct(n.right, n.items)}），登记错误 ${n.wrong}`,
    `会议回执未对（按委员本意，条数；其中登记错误）：${KINDS.map((k) => `${k} ${n.missedByKind[k]}（${n.wrongByKind[k]}）`).join('，')}`,
    `社情民意对话：${o.conversations} 段，结果正确 ${o.outcomeRight}（${pct(o.outcomeRight, o.conversations)}），` +
      `各项全对 ${o.fieldsRight}（${pct(o.fieldsRight, o.conversations)}），一次听懂 ${o.firstTime}（${pct(o.firstTime, o.conversations)}），` +
      `提交平均轮次 ${o.meanTurns.toFixed(2)}，联系方式留在正文 ${o.contactInBody}，昵称当姓名 ${o.nicknameAsName}`,
    `社情民意未全对的项（段数）：${Object.entries(o.wrongParts).map(([part, n]) => `${part} ${n}`).join('，')}`,
  ];
  for (const v of notices.filter((x) => !x.right)) {
    lines.push('', `✗ ${v.item.id} [${v.item.style}] ${JSON.stringify(v.item.messages)} 期望 ${JSON.stringify(v.item.expect)}`, `  登记：${JSON.stringify(v.recorded)}`, `  回复：${v.replies.join(' ⏎ ').slice(0, 300)}`);
  }
  // A contact detail left in the body, or a nickname taken for the name, is shown though every field is right.
  for (const v of opinions.filter((x) => !x.fieldsRight || !x.firstTime || x.contactInBody || x.nicknameAsName)) {
    const also = [v.contactInBody ? '联系方式留在正文' : '', v.nicknameAsName ? '昵称当姓名' : ''].filter(Boolean);
    lines.push('', `✗ ${v.item.id} [${v.item.style}] ${[...v.problems, ...also].join('；')}`, ...v.transcript.map((t) => `    ${t.replace(/\n/g, ' ⏎ ').slice(0, 400)}`));
  }
  return lines.join('\n');
}
