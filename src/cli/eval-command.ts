import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, createApp, type App } from '../app.ts';
import { parseChinaDate } from '../china-time.ts';
import { readQuestionLines, type QuestionItem } from '../evaluation/question-set.ts';
import { scoreItem, summarize, type ScoredItem } from '../evaluation/score.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';

export async function evalCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    file: { type: 'string', default: path.join(PROJECT_ROOT, 'test/fixtures/qa-visible.jsonl') },
    json: { type: 'boolean', default: false },
    today: { type: 'string' },
    // Only the rates: for a set kept apart, whose questions are not to be read.
    summary: { type: 'boolean', default: false },
  });
  const today = values.today === undefined ? undefined : parseChinaDate(values.today);
  if (today === null) throw new UsageError('--today 应写成 YYYY-MM-DD，如 --today 2025-03-01');
  const items = readQuestionLines(readFileSync(values.file, 'utf8'));
  const app = await createApp(ctx.config, ctx.log);
  const scored: ScoredItem[] = [];
  const days = new Set(items.map((item) => item.asked ?? values.today ?? '今天'));
  for (const item of items) {
    const started = performance.now();
    // "去年" is read against the day the set says the question was asked, else --today, else today.
    const at = (item.asked ? parseChinaDate(item.asked) : null) ?? today;
    const answer = await app.questions.ask(item.q, at ? { at } : {});
    const scoredItem = scoreItem(item, answer, performance.now() - started);
    scored.push(answer.offered?.length ? { ...scoredItem, offeredRight: await rightAmongOffered(app, item, answer.offered, at) } : scoredItem);
  }
  const summary = summarize(scored);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ file: values.file, answerer: ctx.config.llm ? 'llm' : 'extractive', ...summary })}\n`);
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const out = [
    `问题集：${values.file}（可回答 ${summary.answerable} 题，不可回答 ${summary.unanswerable} 题；答题方式：${ctx.config.llm ? '大模型' : '离线抽取'}）`,
    `提问日期（“去年”“今年”据此理解）：${[...days].join('、')}`,
    `答案事实准确率 answer fact accuracy：${summary.factAccuracy.toFixed(3)}`,
    `上下文召回 context recall@5：     ${summary.contextRecallAt5.toFixed(3)}`,
    `可回答题作答率 answered rate：    ${pct(summary.answeredRate)}`,
    `不可回答题拒答 declined：         ${summary.declinedUnanswerable}/${summary.unanswerable}（${pct(summary.declinedUnanswerableRate)}）`,
    `平均答案长度 mean answer length：  ${summary.meanAnswerChars.toFixed(1)} 字`,
    `拒答时给出相近问题 offered：       可回答题 ${summary.offeredAnswerable} 题（点选后答对 ${summary.offeredRight} 题），不可回答题 ${summary.offeredUnanswerable} 题`,
    ...where(scored, app.kb.cities()),
    ...(values.summary ? [] : ['', '未答对的题：', ...misses(scored)]),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** Whether the member, picking one of the questions offered with a decline, gets the right answer. */
async function rightAmongOffered(app: App, item: QuestionItem, offered: string[], at: Date | null | undefined): Promise<boolean> {
  for (const question of offered) {
    if (scoreItem(item, await app.questions.ask(question, at ? { at } : {}), 0).factCorrect) return true;
  }
  return false;
}

/** Where the answerable misses lie: declined or answered short, and by the source asked about. */
function where(scored: ScoredItem[], cities: readonly string[]): string[] {
  // The report's city as its file names it, or 规则 for the rules files.
  const group = (s: ScoredItem) => cities.find((city) => s.item.source.includes(city)) ?? (s.item.source ? '规则' : '未注明');
  const answerable = scored.filter((s) => s.answerable);
  const missed = answerable.filter((s) => !s.factCorrect);
  const declined = missed.filter((s) => !s.answer.answered).length;
  const groups = [...new Set(answerable.map(group))];
  const bySource = groups.map((g) => `${g} ${answerable.filter((s) => group(s) === g && s.factCorrect).length}/${answerable.filter((s) => group(s) === g).length}`);
  return [`未答对 ${missed.length} 题：拒答 ${declined}，作答但缺事实 ${missed.length - declined}`, `按出处答对：${bySource.join('，')}`];
}

function misses(scored: ScoredItem[]): string[] {
  const lines: string[] = [];
  for (const s of scored) {
    const wrong = s.answerable ? !s.factCorrect || !s.contextHit : s.answer.answered;
    if (!wrong) continue;
    const why = s.answerable
      ? [!s.answer.answered ? declinedWhy(s) : s.missing.length ? `缺少 ${s.missing.join('、')}` : '', s.contextHit ? '' : '引用段落未覆盖答案'].filter(Boolean).join('；')
      : '应拒答却作答';
    lines.push(`  ${s.item.id} ${s.item.q}\n    → ${why}\n    答：${s.answer.text.replace(/\n/g, ' ')}`);
  }
  return lines.length ? lines : ['  （无）'];
}

/** A decline, with the questions offered beside it and whether picking one answers right. */
function declinedWhy(s: ScoredItem): string {
  const offered = s.answer.offered ?? [];
  return offered.length === 0 ? '拒答' : `拒答（给出相近问题：${offered.join('／')}；点选后${s.offeredRight ? '答对' : '仍未答对'}）`;
}
