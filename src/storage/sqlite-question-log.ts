import {
  MAX_QUESTION_PAGE,
  type LoggedCitation,
  type LoggedQuestion,
  type LoggedQuestionEntry,
  type QuestionLog,
  type QuestionOutcome,
  type QuestionQuery,
  type QuestionSearch,
} from '../answering/question-log.ts';
import type { Database } from './database.ts';

interface LogRow {
  id: number;
  asked_at: string;
  asker: string;
  question: string;
  resolved: string;
  follow_up: number;
  outcome: QuestionOutcome;
  source: string | null;
  citations: string | null;
}

function citationsOf(text: string | null): LoggedCitation[] | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as LoggedCitation[]) : undefined;
  } catch {
    return undefined;
  }
}

const toEntry = (row: LogRow): LoggedQuestionEntry => {
  const citations = citationsOf(row.citations);
  return {
    id: row.id,
    askedAt: new Date(row.asked_at),
    asker: row.asker,
    question: row.question,
    resolved: row.resolved,
    followUp: row.follow_up === 1,
    outcome: row.outcome,
    source: row.source ?? undefined,
    ...(citations ? { citations } : {}),
  };
};

/** The question log in the bot's SQLite database. */
export class SqliteQuestionLog implements QuestionLog {
  private readonly insert;
  private readonly count;
  private readonly page;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      'INSERT INTO question_log (asked_at, asker, question, resolved, follow_up, outcome, source, citations) VALUES (@asked_at, @asker, @question, @resolved, @follow_up, @outcome, @source, @citations)',
    );
    // One fixed statement per query: an absent filter is a NULL parameter.
    const where = '(@outcome IS NULL OR outcome = @outcome) AND (@since IS NULL OR asked_at >= @since) AND (@until IS NULL OR asked_at < @until)';
    this.count = db.prepare(`SELECT COUNT(*) AS n FROM question_log WHERE ${where}`);
    this.page = db.prepare(`SELECT * FROM question_log WHERE ${where} ORDER BY asked_at DESC, id DESC LIMIT @limit OFFSET @offset`);
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
      citations: entry.citations ? JSON.stringify(entry.citations.map(({ source, title, section }) => ({ source, title, section }))) : null,
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
    return (this.db.prepare(sql).all(params) as LogRow[]).map((row) => {
      const { id: _id, ...entry } = toEntry(row);
      return entry;
    });
  }

  async search(query: QuestionSearch): Promise<{ total: number; questions: LoggedQuestionEntry[] }> {
    const filters = { outcome: query.outcome ?? null, since: query.since?.toISOString() ?? null, until: query.until?.toISOString() ?? null };
    const total = (this.count.get(filters) as { n: number }).n;
    const limit = Math.min(MAX_QUESTION_PAGE, Math.max(0, Math.floor(query.limit) || 0));
    if (limit === 0) return { total, questions: [] };
    const offset = Math.max(0, Math.floor(query.offset ?? 0) || 0);
    const rows = this.page.all({ ...filters, limit, offset }) as LogRow[];
    return { total, questions: rows.map(toEntry) };
  }
}
