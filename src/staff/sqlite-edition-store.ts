import { isOpinionCategory } from '../opinions/types.ts';
import type { Database } from '../storage/database.ts';
import type { EditionStore, NewEdition } from './edition-store.ts';
import type { OpinionEdition } from './editions.ts';

interface EditionRow {
  number: string;
  title: string;
  category: string;
  situation: string;
  suggestion: string;
  editor: string;
  edited_at: string;
}

const COLUMNS = 'number, title, category, situation, suggestion, editor, edited_at';
/** SQLite's default limit on bound parameters is far above this; chunks keep one statement small. */
const CHUNK = 500;

export class SqliteEditionStore implements EditionStore {
  constructor(private readonly db: Database) {}

  async save({ number, fields, editor, now }: NewEdition): Promise<OpinionEdition> {
    const row: EditionRow = { number, ...fields, editor, edited_at: now.toISOString() };
    this.db.prepare(`INSERT INTO staff_opinion_editions (${COLUMNS}) VALUES (@number, @title, @category, @situation, @suggestion, @editor, @edited_at)`).run(row);
    return toEdition(row);
  }

  async history(number: string): Promise<OpinionEdition[]> {
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM staff_opinion_editions WHERE number = ? ORDER BY id`).all(number) as EditionRow[];
    return rows.map(toEdition);
  }

  async latest(numbers: readonly string[]): Promise<Map<string, OpinionEdition>> {
    const found = new Map<string, OpinionEdition>();
    for (let i = 0; i < numbers.length; i += CHUNK) {
      const chunk = numbers.slice(i, i + CHUNK);
      const marks = chunk.map(() => '?').join(', ');
      const rows = this.db
        .prepare(
          `SELECT ${COLUMNS} FROM staff_opinion_editions
           WHERE id IN (SELECT MAX(id) FROM staff_opinion_editions WHERE number IN (${marks}) GROUP BY number)`,
        )
        .all(...chunk) as EditionRow[];
      for (const row of rows) found.set(row.number, toEdition(row));
    }
    return found;
  }
}

function toEdition(row: EditionRow): OpinionEdition {
  // Only this store writes rows, and it is given checked fields (editions.ts).
  if (!isOpinionCategory(row.category)) throw new Error(`unknown opinion category in database: ${row.category}`);
  return {
    number: row.number,
    fields: { title: row.title, category: row.category, situation: row.situation, suggestion: row.suggestion },
    editor: row.editor,
    editedAt: new Date(row.edited_at),
  };
}
