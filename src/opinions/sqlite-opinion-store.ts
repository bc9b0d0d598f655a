import type { Transaction } from 'better-sqlite3';
import type { Database } from '../storage/database.ts';
import { OutboxWriter } from '../storage/sqlite-outbox.ts';
import {
  OpinionStoreError,
  RESUBMISSION_WINDOW_MS,
  type OpinionFilter,
  type OpinionPage,
  type OpinionQuery,
  type OpinionStore,
  type StatusChangeRequest,
  type SubmitRequest,
  type SubmitResult,
} from './opinion-store.ts';
import { rankSimilar, sameContent, type SimilarityCandidate } from './similarity.ts';
import { SimilarityIndex } from './similarity-index.ts';
import { toOpinion, type HistoryRow, type OpinionRow } from './sqlite-rows.ts';
import { prepareStatements, type Statements } from './sqlite-statements.ts';
import {
  OPINION_CATEGORIES,
  canMove,
  formatOpinionNumber,
  isOpinionCategory,
  isOpinionStatus,
  nextStatuses,
  noteRequired,
  opinionYear,
  type Opinion,
  type OpinionFields,
} from './types.ts';

/**
 * The SQLite store. better-sqlite3 is synchronous, so each method runs to completion before the
 * next starts within a process; IMMEDIATE transactions plus busy_timeout serialise writers across
 * processes (the bot and staff commands). Every value is bound, never spliced into SQL.
 * Expects a database migrated with storage/migrations.ts.
 */
export class SqliteOpinionStore implements OpinionStore {
  private readonly sql: Statements;
  private readonly submitTx: Transaction<(request: SubmitRequest) => SubmitResult>;
  private readonly changeStatusTx: Transaction<(request: StatusChangeRequest) => Opinion>;

  private readonly outbox: OutboxWriter;
  /** Situations' bigrams of every report read so far (similarity-index.ts); rowid of the last one. */
  private similar = new SimilarityIndex();
  private indexedUpTo = 0;

  constructor(db: Database) {
    this.sql = prepareStatements(db);
    this.outbox = new OutboxWriter(db);
    this.submitTx = db.transaction((request: SubmitRequest) => this.submitNow(request));
    this.changeStatusTx = db.transaction((request: StatusChangeRequest) => this.changeStatusNow(request));
  }

  async submit(request: SubmitRequest): Promise<SubmitResult> {
    checkFields(request.fields);
    // IMMEDIATE takes the write lock before reading the counter, so two writers cannot read the
    // same last number (a DEFERRED transaction would fail one of them with SQLITE_BUSY instead).
    return this.submitTx.immediate(request);
  }

  async get(number: string): Promise<Opinion | null> {
    const row = this.sql.byNumber.get(number) as OpinionRow | undefined;
    return row ? this.load(row) : null;
  }

  async listByMember(memberId: string): Promise<Opinion[]> {
    return (this.sql.byMember.all(memberId) as OpinionRow[]).map((row) => this.load(row));
  }

  async list(filter: OpinionFilter = {}): Promise<Opinion[]> {
    const rows = this.sql.list.all({
      status: filter.status ?? null,
      since: filter.since?.toISOString() ?? null,
    }) as OpinionRow[];
    return rows.map((row) => this.load(row));
  }

  async search(query: OpinionQuery): Promise<OpinionPage> {
    const where = {
      status: query.status ?? null,
      category: query.category ?? null,
      sector: query.sector ?? null,
      from: query.from?.toISOString() ?? null,
      until: query.until?.toISOString() ?? null,
      text: query.text?.trim() ? `%${query.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
    };
    const total = this.sql.searchCount.get(where) as number;
    const statement = query.order === 'numbering' ? this.sql.searchNumbering : this.sql.searchNewest;
    // SQLite reads a negative LIMIT as "no limit".
    const rows = statement.all({ ...where, limit: query.limit ?? -1, offset: query.offset ?? 0 }) as OpinionRow[];
    return { total, opinions: rows.map((row) => this.load(row)) };
  }

  async sectors(): Promise<string[]> {
    return this.sql.sectors.all() as string[];
  }

  async changeStatus(request: StatusChangeRequest): Promise<Opinion> {
    return this.changeStatusTx.immediate(request);
  }

  async reassignMember(from: string, to: string): Promise<number> {
    return this.sql.reassign.run(to, from).changes;
  }

  async findSimilar(memberId: string, fields: Pick<OpinionFields, 'title' | 'situation'>): Promise<Opinion[]> {
    this.catchUpIndex();
    // rankSimilar over every report finds the member's own with a near title, or anyone's with a
    // near situation: the first are read by member, the second are what the index names.
    const candidates = new Map<string, SimilarityCandidate>();
    for (const number of this.similar.similarTo(fields.situation)) {
      const row = this.sql.candidateByNumber.get(number) as SimilarityCandidate | undefined;
      if (row) candidates.set(number, row);
    }
    for (const row of this.sql.candidatesOfMember.all(memberId) as SimilarityCandidate[]) candidates.set(row.number, row);
    return rankSimilar(memberId, fields, candidates.values()).flatMap((number) => {
      const row = this.sql.byNumber.get(number) as OpinionRow | undefined;
      return row ? [this.load(row)] : [];
    });
  }

  /** Adds reports submitted since the last check, by this process or another (the bot, the workbench). */
  private catchUpIndex(): void {
    // Fewer rows than indexed: not the file the index was built from (a test's restore); start again.
    if ((this.sql.lastRowid.get() as number) < this.indexedUpTo) {
      this.similar = new SimilarityIndex();
      this.indexedUpTo = 0;
    }
    for (const row of this.sql.situationsAfter.iterate(this.indexedUpTo) as Iterable<{ at: number; number: string; situation: string }>) {
      this.similar.add(row.number, row.situation);
      this.indexedUpTo = row.at;
    }
  }

  private submitNow({ memberId, channel, messageId, fields, now }: SubmitRequest): SubmitResult {
    const earlier = this.sql.byMessage.get(channel, memberId, messageId) as OpinionRow | undefined;
    if (earlier) return { opinion: this.load(earlier), duplicate: true, matched: 'message' };
    const since = new Date(now.getTime() - RESUBMISSION_WINDOW_MS).toISOString();
    const same = (this.sql.recentByMember.all(memberId, since) as OpinionRow[]).find((row) => sameContent(row, fields));
    if (same) return { opinion: this.load(same), duplicate: true, matched: 'content' };

    const year = opinionYear(now);
    const seq = this.sql.nextSeq.get(year) as number;
    const number = formatOpinionNumber(year, seq);
    const at = now.toISOString();
    this.sql.insertOpinion.run({
      number,
      year,
      seq,
      member_id: memberId,
      channel,
      message_id: messageId,
      title: fields.title,
      situation: fields.situation,
      suggestion: fields.suggestion,
      category: fields.category,
      name: fields.name,
      sector: fields.sector,
      phone: fields.phone,
      signed: Number(fields.signed),
      status: '已提交',
      created_at: at,
    });
    this.sql.insertHistory.run({ number, from_status: null, to_status: '已提交', note: '', actor: memberId, at });
    return { opinion: this.load(this.sql.byNumber.get(number) as OpinionRow), duplicate: false };
  }

  private changeStatusNow({ number, to, note, actor, now, notify }: StatusChangeRequest): Opinion {
    const row = this.sql.byNumber.get(number) as OpinionRow | undefined;
    if (!row) throw new OpinionStoreError('not_found', `未找到编号为 ${number} 的社情民意信息。`);
    if (!isOpinionStatus(to)) throw new OpinionStoreError('transition_refused', `没有“${String(to)}”这个状态。`);
    const from = this.load(row).status;
    if (!canMove(from, to)) {
      const options = nextStatuses(from);
      const hint = options.length ? `可改为：${options.join('、')}。` : '该信息已是最终状态。';
      throw new OpinionStoreError('transition_refused', `${number} 当前为“${from}”，不能改为“${to}”。${hint}`);
    }
    const trimmed = note.trim();
    if (noteRequired(to) && !trimmed) {
      throw new OpinionStoreError('note_required', `改为“${to}”时须说明原因，以便告知反映人。`);
    }
    const at = now.toISOString();
    this.sql.updateStatus.run({ number, status: to, status_note: trimmed, updated_at: at });
    this.sql.insertHistory.run({ number, from_status: from, to_status: to, note: trimmed, actor, at });
    const changed = this.load(this.sql.byNumber.get(number) as OpinionRow);
    const message = notify?.(changed);
    if (message) this.outbox.insert(message, now);
    return changed;
  }

  private load(row: OpinionRow): Opinion {
    return toOpinion(row, this.sql.history.all(row.number) as HistoryRow[]);
  }
}

function checkFields(fields: OpinionFields): void {
  checkCategory(fields.category);
  for (const key of ['title', 'situation', 'suggestion', 'name', 'sector', 'phone'] as const) {
    if (typeof fields[key] !== 'string') throw new OpinionStoreError('invalid_fields', `字段 ${key} 应为文本。`);
  }
  if (typeof fields.signed !== 'boolean') throw new OpinionStoreError('invalid_fields', '是否同意署名报送应为“是”或“否”。');
}

function checkCategory(category: unknown): void {
  if (!isOpinionCategory(category)) {
    throw new OpinionStoreError('invalid_fields', `类别“${String(category)}”无效，可选：${OPINION_CATEGORIES.join('、')}。`);
  }
}
