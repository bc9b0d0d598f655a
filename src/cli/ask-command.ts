import { readFileSync } from 'node:fs';
import { createApp } from '../app.ts';
import { renderAnswer } from '../answering/render.ts';
import type { Answer } from '../answering/types.ts';
import { readQuestionLines } from '../evaluation/question-set.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';

export async function askCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean', default: false },
    file: { type: 'string' },
  });
  const question = positionals.join(' ').trim();
  if (!values.file && !question) throw new UsageError('请提供问题，例如：liaison ask "社情民意信息怎么报送？"');
  const app = await createApp(ctx.config, ctx.log);

  if (values.file) {
    const items = readQuestionLines(readFileSync(values.file, 'utf8'));
    for (const item of items) {
      const answer = await app.questions.ask(item.q);
      process.stdout.write(`${JSON.stringify({ id: item.id, ...toJson(answer) })}\n`);
    }
    return 0;
  }
  const answer = await app.questions.ask(question);
  process.stdout.write(values.json ? `${JSON.stringify(toJson(answer))}\n` : `${renderAnswer(answer)}\n`);
  return 0;
}

export function toJson(answer: Answer) {
  return {
    answer: answer.text,
    answered: answer.answered,
    citations: answer.citations.map(({ source, title, section, text, score }) => ({ source, title, section, text, score })),
  };
}
