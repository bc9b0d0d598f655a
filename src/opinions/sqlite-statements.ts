import type { Database } from '../storage/database.ts';

/**
 * Every statement the SQLite opinion store runs, prepared once. Only column lists are spliced in;
 * all values are bound parameters.
 */

export type Statements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: Database) {
  const opinionColumns = `number, year, seq, member_id, channel, message_id, title, situation, suggestion,
    category, name, sector, phone, signed, status, status_note, created_at, updated_at`;
  return {
    byNumber: db.prepare(`SELECT ${opinionColumns} FROM opinions WHERE number = ?`),
    byMessage: db.prepare(
      `SELECT ${opinionColumns} FROM opinions WHERE channel = ? AND member_id = ? AND message_id = ?`,
    ),
    // Times are ISO-8601 UTC text, so text order is time order.
    recentByMember: db.prepare(`SELECT ${opinionColumns} FROM opinions WHERE member_id = ? AND created_at > ? ORDER BY year, seq`),
    reassign: db.prepare('UPDATE opinions SET member_id = ? WHERE member_id = ?'),
    byMember: db.prepare(`SELECT ${opinionColumns} FROM opinions WHERE member_id = ? ORDER BY year, seq`),
    // One fixed statement: an absent filter is a NULL parameter, so no SQL is assembled at run time.
    list: db.prepare(
      `SELECT ${opinionColumns} FROM opinions
       WHERE (@status IS NULL OR status = @status) AND (@since IS NULL OR created_at >= @since)
       ORDER BY year, seq`,
    ),
    // The workbench's search: fixed statements again, NULL for a part not asked for. The text is a
    // LIKE pattern the store escapes (\ as the escape character).
    ...searchStatements(db, opinionColumns),
    sectors: db.prepare("SELECT DISTINCT sector FROM opinions WHERE sector <> '' ORDER BY sector").pluck(),
    history: db.prepare(
      'SELECT from_status, to_status, note, actor, at FROM opinion_status_history WHERE number = ? ORDER BY id',
    ),
    // The similar-submission check: the index catches up on reports added since (by any process),
    // then reads the few candidates it names and the member's own reports afresh.
    situationsAfter: db.prepare('SELECT rowid AS at, number, situation FROM opinions WHERE rowid > ? ORDER BY rowid'),
    lastRowid: db.prepare('SELECT COALESCE(MAX(rowid), 0) FROM opinions').pluck(),
    candidateByNumber: db.prepare('SELECT number, member_id AS memberId, title, situation FROM opinions WHERE number = ?'),
    candidatesOfMember: db.prepare('SELECT number, member_id AS memberId, title, situation FROM opinions WHERE member_id = ?'),
    nextSeq: db
      .prepare(
        `INSERT INTO opinion_counters (year, last_seq) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last_seq = last_seq + 1
         RETURNING last_seq`,
      )
      .pluck(),
    insertOpinion: db.prepare(
      `INSERT INTO opinions (${opinionColumns})
       VALUES (@number, @year, @seq, @member_id, @channel, @message_id, @title, @situation, @suggestion,
               @category, @name, @sector, @phone, @signed, @status, '', @created_at, @created_at)`,
    ),
    insertHistory: db.prepare(
      `INSERT INTO opinion_status_history (number, from_status, to_status, note, actor, at)
       VALUES (@number, @from_status, @to_status, @note, @actor, @at)`,
    ),
    updateStatus: db.prepare(
      'UPDATE opinions SET status = @status, status_note = @status_note, updated_at = @updated_at WHERE number = @number',
    ),
  };
}

const SEARCH_WHERE = `(@status IS NULL OR status = @status)
  AND (@category IS NULL OR category = @category)
  AND (@sector IS NULL OR sector = @sector)
  AND (@from IS NULL OR created_at >= @from)
  AND (@until IS NULL OR created_at < @until)
  AND (@text IS NULL OR number LIKE @text ESCAPE '\\' OR title LIKE @text ESCAPE '\\' OR situation LIKE @text ESCAPE '\\'
       OR suggestion LIKE @text ESCAPE '\\' OR name LIKE @text ESCAPE '\\')`;

function searchStatements(db: Database, opinionColumns: string) {
  const page = (order: string) => db.prepare(`SELECT ${opinionColumns} FROM opinions WHERE ${SEARCH_WHERE} ORDER BY ${order} LIMIT @limit OFFSET @offset`);
  return {
    searchNewest: page('created_at DESC, year DESC, seq DESC'),
    searchNumbering: page('year, seq'),
    searchCount: db.prepare(`SELECT COUNT(*) FROM opinions WHERE ${SEARCH_WHERE}`).pluck(),
  };
}
