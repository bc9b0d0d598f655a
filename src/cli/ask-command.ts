import { createApp } from '../app.ts';
import { renderAnswer } from '../answering/render.ts';
import type { Answer } from '../answering/types.ts';
import { guardInbound } from '../conversation/input-guard.ts';
import { readQuestionLines } from '../evaluation/question-set.ts';
import { InputFileError, readInputText } from '../shared/input-file.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';
import { processIo, type OpinionsIo } from './opinions/io.ts';

/** A question file holds a few thousand lines at most; anything far larger is the wrong file. */
const MAX_QUESTION_FILE_BYTES = 20 * 1024 * 1024;

/**
 * `liaison ask`: the same input guard as the chat, so a question the bot would refuse in chat (too
 * long, binary, empty, an instruction to the bot) gets the same Chinese reply here and exit code 1.
 */
export async function askCommand(ctx: CommandContext, args: string[], io: OpinionsIo = processIo()): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean', default: false },
    file: { type: 'string' },
  });
  if (!values.file && positionals.length === 0) throw new UsageError('请提供问题，例如：liaison ask "社情民意信息怎么报送？"');
  const guard = (text: string) => guardInbound(text, { maxChars: ctx.config.maxMessageChars });

  if (values.file) {
    let text: string;
    try {
      text = await readInputText(values.file, '问题文件', MAX_QUESTION_FILE_BYTES);
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      io.err(error.message);
      return 1;
    }
    const items = readQuestionLines(text);
    const app = await createApp(ctx.config, ctx.log);
    let refused = 0;
    for (const item of items) {
      const verdict = guard(item.q);
      if (!verdict.ok) {
        refused++;
        io.out(JSON.stringify({ id: item.id, error: verdict.reply, reason: verdict.reason }));
        continue;
      }
      const answer = await app.questions.ask(verdict.text);
      io.out(JSON.stringify({ id: item.id, ...toJson(answer) }));
    }
    return refused > 0 ? 1 : 0;
  }

  const verdict = guard(positionals.join(' '));
  if (!verdict.ok) {
    if (values.json) io.out(JSON.stringify({ error: verdict.reply, reason: verdict.reason }));
    else io.err(verdict.reply);
    return 1;
  }
  const app = await createApp(ctx.config, ctx.log);
  const answer = await app.questions.ask(verdict.text);
  io.out(values.json ? JSON.stringify(toJson(answer)) : renderAnswer(answer));
  return 0;
}

export function toJson(answer: Answer) {
  return {
    answer: answer.text,
    answered: answer.answered,
    citations: answer.citations.map(({ source, title, section, text, score }) => ({ source, title, section, text, score })),
  };
}
