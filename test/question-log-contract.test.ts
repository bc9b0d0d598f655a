import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_QUESTION_PAGE, type LoggedQuestion, type QuestionLog } from '../src/answering/question-log.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { SqliteQuestionLog } from '../src/storage/sqlite-question-log.ts';

export interface QuestionLogUnderTest {
  log: QuestionLog;
  close(): Promise<void> | void;
}

const at = (text: string) => new Date(`${text}+08:00`);
const asked = (more: Partial<LoggedQuestion> = {}): LoggedQuestion => ({
  askedAt: at('2026-11-23T10:00:00'),
  asker: 'wechat:wx-1:wx-1',
  question: '提案怎么写',
  resolved: '提案怎么写',
  followUp: false,
  outcome: 'declined',
  ...more,
});

/** The behaviour every QuestionLog must show; a PostgreSQL log will run the same suite. */
export function describeQuestionLogContract(name: string, make: () => Promise<QuestionLogUnderTest>): void {
  describe(`${name} keeps the QuestionLog contract`, () => {
    let subject: QuestionLogUnderTest;
    let log: QuestionLog;
    beforeEach(async () => {
      subject = await make();
      log = subject.log;
    });
    afterEach(() => subject.close());

    it('keeps each question as recorded, with every source it cited', async () => {
      const answered = asked({
        question: '十堰市政协党组向市委请示报告了多少次？',
        resolved: '十堰市政协党组向市委请示报告了多少次？',
        outcome: 'answered',
        source: 'reports/2024-十堰.txt',
        citations: [
          { source: 'reports/2024-十堰.txt', title: '2024年十堰市政协常委会工作报告', section: '一、坚持党的领导' },
          { source: 'rules/提案工作条例.md', title: '提案工作条例', section: '' },
        ],
      });
      await log.record(answered);
      await log.record(asked({ askedAt: at('2026-11-23T11:00:00') }));
      const [first, second] = await log.list();
      expect(first).toEqual(answered);
      expect(second).toEqual(asked({ askedAt: at('2026-11-23T11:00:00') }));
      const { questions } = await log.search({ limit: 10 });
      expect(questions.map(({ id: _id, ...rest }) => rest)).toEqual([second, first]);
    });

    it('pages newest first with the total, even when questions share a time', async () => {
      for (let i = 1; i <= 5; i++) await log.record(asked({ question: `问题${i}`, askedAt: at(i <= 3 ? '2026-11-23T10:00:00' : `2026-11-2${i}T10:00:00`) }));
      const page1 = await log.search({ limit: 2 });
      const page2 = await log.search({ limit: 2, offset: 2 });
      const page3 = await log.search({ limit: 2, offset: 4 });
      expect([page1.total, page2.total, page3.total]).toEqual([5, 5, 5]);
      expect([...page1.questions, ...page2.questions, ...page3.questions].map((q) => q.question)).toEqual(['问题5', '问题4', '问题3', '问题2', '问题1']);
      const ids = [...page1.questions, ...page2.questions].map((q) => q.id);
      expect(new Set(ids).size).toBe(4);
      expect((await log.search({ limit: 2, offset: 10 })).questions).toEqual([]);
    });

    it('filters by outcome and by a span of time, together', async () => {
      await log.record(asked({ askedAt: at('2026-11-22T23:59:59'), outcome: 'declined' }));
      await log.record(asked({ askedAt: at('2026-11-23T00:00:00'), outcome: 'answered' }));
      await log.record(asked({ askedAt: at('2026-11-24T09:00:00'), outcome: 'declined' }));
      await log.record(asked({ askedAt: at('2026-11-25T00:00:00'), outcome: 'curated' }));
      const span = { since: at('2026-11-23T00:00:00'), until: at('2026-11-25T00:00:00') };
      expect((await log.search({ ...span, limit: 10 })).questions.map((q) => q.outcome)).toEqual(['declined', 'answered']);
      expect(await log.search({ ...span, outcome: 'declined', limit: 10 })).toMatchObject({ total: 1, questions: [{ askedAt: at('2026-11-24T09:00:00') }] });
      expect((await log.search({ outcome: 'curated', limit: 10 })).total).toBe(1);
      expect((await log.search({ until: at('2026-11-23T00:00:00'), limit: 10 })).total).toBe(1);
    });

    it('counts without listing at limit 0, and brings the page size within bounds', async () => {
      for (let i = 0; i < 3; i++) await log.record(asked());
      expect(await log.search({ limit: 0 })).toEqual({ total: 3, questions: [] });
      expect((await log.search({ limit: -5 })).questions).toEqual([]);
      expect((await log.search({ limit: MAX_QUESTION_PAGE + 100 })).questions).toHaveLength(3);
    });

    it('keeps text verbatim, whatever it contains', async () => {
      const odd = asked({ question: "'); DROP TABLE question_log; -- %_\\ 😀\n第二行", resolved: '?1 $1 :x @y' });
      await log.record(odd);
      const [kept] = (await log.search({ limit: 1 })).questions;
      expect(kept).toMatchObject(odd);
    });
  });
}

describeQuestionLogContract('SqliteQuestionLog', async () => {
  const db = openDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'liaison-questions-')), 'liaison.db'));
  migrate(db, MIGRATIONS);
  return {
    log: new SqliteQuestionLog(db),
    close: () => {
      db.close();
    },
  };
});
