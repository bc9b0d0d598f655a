import { CURATED_MATCH, chinaDate, type CuratedAnswer } from '../answering/curated-answers.ts';
import { readQuestion } from '../answering/question-reader.ts';
import { printOf, similarity } from '../answering/similar-questions.ts';
import { tokenizerFiles } from '../retrieval/knowledge-files.ts';
import { createTokenizer } from '../retrieval/tokenizer.ts';
import { openStorage } from '../storage/open-store.ts';
import { SqliteCuratedAnswers } from '../storage/sqlite-curated-answers.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import { recordChange, signedBy } from './audit.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';

export const ANSWERS_USAGE = `liaison answers 子命令（工作人员答复：知识库答不好的问题，由工作人员写好答复）：
  add --question "问题" --answer "答复" [--by 姓名]   添加一条；委员问到相同或相近的问题时，机器人给出这条答复，注明“工作人员答复”和日期
  add "问题" "答复" [--by 姓名]                      同上
  list [--json]                                     列出全部工作人员答复
  remove 编号                                       删除一条

工作人员答复保存在数据库中，重新导入知识库（ingest）不受影响。先用 liaison questions --declined 看看委员常问而机器人答不上的问题。`;

export async function answersCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === 'help' || sub === '--help') {
    process.stdout.write(`${ANSWERS_USAGE}\n`);
    return sub ? 0 : 2;
  }
  const { values, positionals } = parseCommandArgs(rest, {
    question: { type: 'string' },
    answer: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const storage = openStorage(ctx.config);
  try {
    const store = new SqliteCuratedAnswers(storage.db);
    if (sub === 'add') return await add(store, storage.audit, values.question ?? positionals[0], values.answer ?? positionals[1], values.by, ctx);
    if (sub === 'list') return await list(store, values.json);
    if (sub === 'remove') return await remove(store, storage.audit, positionals[0]);
    throw new UsageError(`未知子命令：answers ${sub}\n\n${ANSWERS_USAGE}`);
  } finally {
    storage.close();
  }
}

async function add(store: SqliteCuratedAnswers, audit: AuditLog, question: string | undefined, answer: string | undefined, by: string | undefined, ctx: CommandContext): Promise<number> {
  if (!question?.trim() || !answer?.trim()) throw new UsageError(`请同时给出问题和答复。\n\n${ANSWERS_USAGE}`);
  const now = new Date();
  const existing = await store.list();
  const added = await store.add({ question: question.trim(), answer: answer.trim(), createdAt: now, createdBy: by?.trim() || undefined });
  await recordChange(audit, { action: 'answers.add', target: `第 ${added.id} 条`, detail: `问：${added.question}${signedBy(by)}` }, now);
  const lines = [`已添加第 ${added.id} 条工作人员答复（${chinaDate(now)}）。委员问到相同或相近的问题时，机器人将给出这条答复。`];
  const near = nearAnswers(added, existing, ctx);
  if (near.length > 0) {
    lines.push(`与已有的第 ${near.map((a) => a.id).join('、')} 条问题相近，今后按这条较新的答复回答；旧的可用 liaison answers remove 编号 删除。`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function nearAnswers(added: CuratedAnswer, existing: CuratedAnswer[], ctx: CommandContext): CuratedAnswer[] {
  if (existing.length === 0) return [];
  const tokenizer = createTokenizer(tokenizerFiles(ctx.config.knowledgeDir));
  const print = (a: CuratedAnswer) => printOf(readQuestion(a.question, tokenizer, a.createdAt), tokenizer);
  const mine = print(added);
  return existing.filter((a) => similarity(mine, print(a)) >= CURATED_MATCH);
}

async function list(store: SqliteCuratedAnswers, json: boolean): Promise<number> {
  const answers = await store.list();
  if (json) {
    for (const a of answers) {
      process.stdout.write(`${JSON.stringify({ id: a.id, question: a.question, answer: a.answer, createdAt: a.createdAt.toISOString(), createdBy: a.createdBy ?? null })}\n`);
    }
    return 0;
  }
  if (answers.length === 0) {
    process.stdout.write('还没有工作人员答复。用 liaison answers add --question "问题" --answer "答复" 添加。\n');
    return 0;
  }
  const blocks = answers.map((a) => [`第 ${a.id} 条　${chinaDate(a.createdAt)}${a.createdBy ? `　${a.createdBy}` : ''}`, `  问：${a.question}`, `  答：${a.answer}`].join('\n'));
  process.stdout.write(`共 ${answers.length} 条工作人员答复：\n\n${blocks.join('\n\n')}\n`);
  return 0;
}

async function remove(store: SqliteCuratedAnswers, audit: AuditLog, id: string | undefined): Promise<number> {
  const n = Number(id?.replace(/^#|^第|条$/gu, ''));
  if (!id || !Number.isInteger(n) || n < 1) throw new UsageError(`请给出要删除的编号，如 liaison answers remove 3。\n\n${ANSWERS_USAGE}`);
  // Looked up first, so the log says which question lost its answer.
  const removed = (await store.list()).find((a) => a.id === n);
  if (!(await store.remove(n))) {
    process.stderr.write(`没有第 ${n} 条工作人员答复（liaison answers list 可查看编号）。\n`);
    return 1;
  }
  await recordChange(audit, { action: 'answers.remove', target: `第 ${n} 条`, detail: removed ? `问：${removed.question}` : '' }, new Date());
  process.stdout.write(`已删除第 ${n} 条工作人员答复。\n`);
  return 0;
}
