import type { LoggedQuestion } from '../answering/question-log.ts';
import { groupSimilar, printOf } from '../answering/similar-questions.ts';
import { formatChinaDateTime, parseChinaDate } from '../china-time.ts';
import { tokenizerFiles } from '../retrieval/knowledge-files.ts';
import { createTokenizer } from '../retrieval/tokenizer.ts';
import { openStorage } from '../storage/open-store.ts';
import { SqliteQuestionLog } from '../storage/sqlite-question-log.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';

export const QUESTIONS_USAGE = `liaison questions [--declined] [--since YYYY-MM-DD] [--json]
  列出委员问过的问题，相近的问法归为一组并计数，问得多的在前；
  --declined 只看机器人答不上（拒答）的问题，可据此用 liaison answers add 补充工作人员答复。`;

/** How alike two questions must be to count as one in the listing. */
const GROUP_SIMILARITY = 0.6;
const PHRASINGS_SHOWN = 3;

interface GroupJson {
  count: number;
  question: string;
  phrasings: string[];
  lastAsked: string;
  outcomes: Record<string, number>;
}

export async function questionsCommand(ctx: CommandContext, args: string[]): Promise<number> {
  if (args[0] === 'help' || args[0] === '--help') {
    process.stdout.write(`${QUESTIONS_USAGE}\n`);
    return 0;
  }
  const { values } = parseCommandArgs(args, {
    declined: { type: 'boolean', default: false },
    since: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const since = values.since === undefined ? undefined : parseChinaDate(values.since);
  if (since === null) throw new UsageError('--since 应写成 YYYY-MM-DD，如 --since 2026-11-01');

  const storage = openStorage(ctx.config);
  let asked: LoggedQuestion[];
  try {
    asked = await new SqliteQuestionLog(storage.db).list({ outcome: values.declined ? 'declined' : undefined, since });
  } finally {
    storage.close();
  }
  const tokenizer = createTokenizer(tokenizerFiles(ctx.config.knowledgeDir));
  // Newest first within the log, so each group is headed by its latest wording.
  const groups = groupSimilar([...asked].reverse(), (q) => printOf(q.resolved, tokenizer), GROUP_SIMILARITY).map(toJson);

  if (values.json) {
    for (const group of groups) process.stdout.write(`${JSON.stringify(group)}\n`);
    return 0;
  }
  const what = values.declined ? '机器人答不上（拒答）的问题' : '委员问过的问题';
  const from = since ? `${values.since} 以来` : '';
  if (groups.length === 0) {
    process.stdout.write(`${from}还没有${what}。\n`);
    return 0;
  }
  const lines = [`${from}${what}共 ${asked.length} 次，相近的问法归为 ${groups.length} 组：`, ''];
  for (const g of groups) {
    const tally = values.declined ? '' : `（${Object.entries(g.outcomes).map(([k, n]) => `${OUTCOME[k] ?? k} ${n}`).join('，')}）`;
    lines.push(`${String(g.count).padStart(4)} 次　${g.question}${tally}　最近 ${formatChinaDateTime(new Date(g.lastAsked))}`);
    if (g.phrasings.length > 0) lines.push(`        也问作：${g.phrasings.join('；')}`);
  }
  if (values.declined) lines.push('', '常见的问题可以添加工作人员答复：liaison answers add --question "问题" --answer "答复"');
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

const OUTCOME: Record<string, string> = { answered: '已回答', declined: '拒答', curated: '工作人员答复' };

function toJson(group: { items: LoggedQuestion[] }): GroupJson {
  const [latest] = group.items;
  const shown = group.items.map(asShown);
  const phrasings = [...new Set(shown)].filter((q) => q !== shown[0]);
  const outcomes: Record<string, number> = {};
  for (const q of group.items) outcomes[q.outcome] = (outcomes[q.outcome] ?? 0) + 1;
  return {
    count: group.items.length,
    question: shown[0]!,
    phrasings: phrasings.slice(0, PHRASINGS_SHOWN),
    lastAsked: latest!.askedAt.toISOString(),
    outcomes,
  };
}

/** A follow-up is shown as understood, with what the member typed. */
function asShown(q: LoggedQuestion): string {
  return q.followUp ? `${q.resolved}（追问“${q.question.trim()}”）` : q.question.trim();
}
