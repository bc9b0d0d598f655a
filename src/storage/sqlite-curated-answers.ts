import type { CuratedAnswer, CuratedAnswerStore, NewCuratedAnswer } from '../answering/curated-answers.ts';
import type { Database } from './database.ts';

interface AnswerRow {
  id: number;
  question: string;
  answer: string;
  created_at: string;
  created_by: string | null;
}

const toAnswer = (row: AnswerRow): CuratedAnswer => ({
  id: row.id,
  question: row.question,
  answer: row.answer,
  createdAt: new Date(row.created_at),
  createdBy: row.created_by ?? undefined,
});

/** Staff answers in the bot's SQLite database, apart from the knowledge index. */
export class SqliteCuratedAnswers implements CuratedAnswerStore {
  private readonly sql;

  constructor(db: Database) {
    this.sql = {
      insert: db.prepare('INSERT INTO curated_answers (question, answer, created_at, created_by) VALUES (?, ?, ?, ?) RETURNING *'),
      list: db.prepare('SELECT * FROM curated_answers ORDER BY id'),
      remove: db.prepare('DELETE FROM curated_answers WHERE id = ?'),
    };
  }

  async add(entry: NewCuratedAnswer): Promise<CuratedAnswer> {
    return toAnswer(this.sql.insert.get(entry.question, entry.answer, entry.createdAt.toISOString(), entry.createdBy ?? null) as AnswerRow);
  }

  async list(): Promise<CuratedAnswer[]> {
    return (this.sql.list.all() as AnswerRow[]).map(toAnswer);
  }

  async remove(id: number): Promise<boolean> {
    return this.sql.remove.run(id).changes > 0;
  }
}
