import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The corpora written from the members' side (test/fixtures/language/), read and checked. */

const noticeExpect = z.object({
  answer: z.enum(['参加', '请假']).optional(),
  notice: z.enum(['A', 'B']).optional(),
  reason_has: z.string().nullable().optional(),
  remark_has: z.string().optional(),
  answers: z.record(z.enum(['A', 'B']), z.object({ answer: z.enum(['参加', '请假']), reason_has: z.string().nullable().optional(), remark_has: z.string().optional() })).optional(),
  ask: z.enum(['attend-or-leave', 'which-notice']).optional(),
  question: z.boolean().optional(),
  answer_has: z.string().optional(),
  none: z.boolean().optional(),
});

export const noticeItem = z.object({
  id: z.string(),
  style: z.string(),
  pending: z.array(z.enum(['A', 'B'])).min(1),
  messages: z.array(z.string()).min(1),
  expect: noticeExpect,
});
export type NoticeItem = z.infer<typeof noticeItem>;

const contact = z.object({ name: z.string(), sector: z.string(), phone: z.string() });

export const opinionItem = z.object({
  id: z.string(),
  style: z.string(),
  channel: z.string(),
  nickname: z.string(),
  registered: contact.nullable(),
  turns: z.array(z.union([z.string(), z.object({ when: z.literal('preview'), text: z.string() })])),
  // A conversation that ends before any contact details (cancelled) may leave the facts null.
  facts: z.object({ name: z.string().nullable(), sector: z.string().nullable(), phone: z.string().nullable(), signed: z.boolean().nullable(), title: z.string().nullable().optional() }),
  volunteered: z.array(z.string()),
  expect: z.object({
    outcome: z.enum(['submitted', 'cancelled', 'not-started']),
    situation_has: z.array(z.string()).optional(),
    suggestion_has: z.array(z.string()).optional(),
    title_has: z.array(z.string()).optional(),
    name: z.string().nullable().optional(),
    sector: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
    signed: z.boolean().nullable().optional(),
    category: z.string().optional(),
    body_lacks: z.array(z.string()).optional(),
  }),
});
export type OpinionItem = z.infer<typeof opinionItem>;

export function readCorpus<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file} 第 ${n} 行格式不对：${parsed.error.message}`);
      return parsed.data;
    });
}
