import type { LoggedQuestion, QuestionLog, QuestionOutcome, QuestionQuery } from '../answering/question-log.ts';
import type { Database } from './database.ts';

interface LogRow {
  asked_at: string;
  asker: string;
  question: string;
  resolved: string;
  follow_up: number;
  outcome: QuestionOutcome;
  source: string | null;
}

/** The question log in the bot's SQLite database. */
export class SqliteQuestionLog implements QuestionLog {
  private readonly insert;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      'INSERT INTO question_log (asked_at, asker, question, resolved, follow_up, outcome, source) VALUES (@asked_at, @asker, @question, @resolved, @follow_up, @outcome, @source)',
    );
  }

  async record(entry: LoggedQuestion): Promise<void> {
    this.insert.run({
      asked_at: entry.askedAt.toISOString(),
      asker: entry.asker,
      question: entry.question,
      resolved: entry.resolved,
      follow_up: entry.followUp ? 1 : 0,
      outcome: entry.outcome,
      source: entry.source ?? null,
    });
  }

  async list(query: QuestionQuery = {}): Promise<LoggedQuestion[]> {
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (query.outcome) {
      where.push('outcome = @outcome');
      params.outcome = query.outcome;
    }
    if (query.since) {
      where.push('asked_at >= @since');
      params.since = query.since.toISOString();
    }
    const sql = `SELECT * FROM question_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY asked_at, id`;
    return (this.db.prepare(sql).all(params) as LogRow[]).map((row) => ({
      askedAt: new Date(row.asked_at),
      asker: row.asker,
      question: row.question,
      resolved: row.resolved,
      followUp: row.follow_up === 1,
      outcome: row.outcome,
      source: row.source ?? undefined,
    }));
  }
}
