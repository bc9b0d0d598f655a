import { z } from 'zod';

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  q: z.string(),
  must: z.array(z.string()).default([]),
  any: z.array(z.array(z.string())).optional(),
  source: z.string().default(''),
  kind: z.string().default(''),
  /** The day the question was asked (YYYY-MM-DD): "去年" in it is read against this day. */
  asked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export type QuestionItem = z.infer<typeof lineSchema>;

/** One JSON object a line; blank lines are skipped, a bad line is reported with its number. */
export function readQuestionLines(text: string): QuestionItem[] {
  const items: QuestionItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`第 ${i + 1} 行不是有效的 JSON`);
    }
    const result = lineSchema.safeParse(parsed);
    if (!result.success) throw new Error(`第 ${i + 1} 行缺少 id 或 q 字段`);
    items.push(result.data);
  });
  return items;
}
