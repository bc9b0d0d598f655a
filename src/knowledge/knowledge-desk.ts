import type { Answer, Passage } from '../answering/types.ts';
import { KnowledgeFolder } from './knowledge-folder.ts';
import type { IndexRun, LiveKnowledge } from './live-knowledge.ts';
import type { DocumentKind, DocumentMeta } from './types.ts';
import { checkUpload } from './upload-check.ts';

/** One document as the knowledge page lists it: the file and what the index holds of it. */
export interface DocumentRow {
  id: string;
  title: string;
  kind: DocumentKind;
  city?: string;
  year?: number;
  /** Passages (chunks) the index holds of it. */
  chunks: number;
  /** null once the file is gone (removed, the index not yet updated). */
  bytes: number | null;
  /** indexed: answered from; pending: on disk, not yet in the index; failed: unreadable; removed: in the index, no longer on disk. */
  state: 'indexed' | 'pending' | 'failed' | 'removed';
  problem?: string;
}

export type UploadResult = { ok: true; id: string; replaced: boolean; meta: DocumentMeta; chunks: number } | { ok: false; problem: string };

export interface HitTest {
  /** The question as the bot reads it (colloquial words in the reports' terms). */
  understood: string;
  /** What retrieval finds for it, best first, with the fused scores that ranked them. */
  passages: Passage[];
  /** The reply a member asking it would get. */
  answer: Answer;
}

/** Fewer passages than the answerer is given would hide why it answered as it did. */
const HIT_TEST_PASSAGES = 8;

/**
 * The knowledge base as staff manage it on the workbench: its documents, uploads checked and tried
 * before they are written, removal, re-indexing and the hit test. `open` gives the served knowledge
 * (the running bot's under `npm start`; under `liaison web` it is loaded on first use). What only
 * a loaded knowledge base needs is imported then too, so the workbench starts without it.
 */
export class KnowledgeDesk {
  private opening: Promise<LiveKnowledge> | null = null;
  private opened: LiveKnowledge | null = null;

  constructor(
    private readonly open: () => Promise<LiveKnowledge>,
    private readonly now: () => Date,
  ) {}

  /** The served knowledge, loaded once; a failed load is tried again next time. */
  live(): Promise<LiveKnowledge> {
    this.opening ??= this.open().then(
      (live) => (this.opened = live),
      (error: unknown) => {
        this.opening = null;
        throw error;
      },
    );
    return this.opening;
  }

  async documents(): Promise<DocumentRow[]> {
    const live = await this.live();
    const { kb } = live;
    const chunks = new Map<string, number>();
    for (const chunk of kb.chunks.values()) chunks.set(chunk.docId, (chunks.get(chunk.docId) ?? 0) + 1);
    const failed = new Map(live.report.failed.map((f) => [f.file, f.reason]));
    const files = new KnowledgeFolder(live.knowledgeDir).list();
    const onDisk = new Set(files.map((f) => f.id));
    const rows: DocumentRow[] = files.map((file) => {
      const meta = kb.docs.get(file.id);
      const problem = failed.get(file.id);
      const state = meta ? 'indexed' : problem ? 'failed' : 'pending';
      return { ...describe(file.id, meta), chunks: chunks.get(file.id) ?? 0, bytes: file.bytes, state, ...(problem && !meta ? { problem } : {}) };
    });
    for (const meta of kb.docs.values()) {
      if (!onDisk.has(meta.id)) rows.push({ ...describe(meta.id, meta), chunks: chunks.get(meta.id) ?? 0, bytes: null, state: 'removed' });
    }
    return rows.sort((a, b) => a.kind.localeCompare(b.kind) || (b.year ?? 0) - (a.year ?? 0) || a.id.localeCompare(b.id, 'zh-CN'));
  }

  /**
   * Checks the file (type, contents, that the knowledge base can read it), writes it into the
   * folder and starts the index update; the bot answers from it once that is done.
   */
  async upload(kind: DocumentKind, name: string, bytes: Buffer, options: { replace: boolean; by: string }): Promise<UploadResult> {
    const checked = checkUpload(name, bytes);
    if (!checked.ok) return checked;
    const live = await this.live();
    const folder = new KnowledgeFolder(live.knowledgeDir);
    const id = folder.idOf(kind, checked.fileName);
    const replaced = folder.has(id);
    if (replaced && !options.replace) return { ok: false, problem: `已有同名文档“${id}”。如要用新文件替换它，请勾选“替换同名文档”后重新上传。` };
    const { cleaningRulesIn, tryDocument } = await import('./try-document.ts');
    const tried = await tryDocument(id, checked.bytes, cleaningRulesIn(live.knowledgeDir));
    if (!tried.ok) return tried;
    folder.write(kind, checked.fileName, checked.bytes);
    void live.update(`${options.by} ${replaced ? '替换' : '上传'}《${tried.meta.title}》`);
    return { ok: true, id, replaced, meta: tried.meta, chunks: tried.chunks };
  }

  /** Deletes the document's file and updates the index; the last document is kept (the bot needs one). */
  async remove(id: string, by: string): Promise<'removed' | 'missing' | 'last'> {
    const live = await this.live();
    const folder = new KnowledgeFolder(live.knowledgeDir);
    const files = folder.list();
    if (!files.some((f) => f.id === id)) return 'missing';
    if (files.length <= 1) return 'last';
    folder.remove(id);
    void live.update(`${by} 删除 ${id}`);
    return 'removed';
  }

  /** Re-indexes the folder: changed files only, or every file (`all`). */
  async reindex(all: boolean, by: string): Promise<void> {
    const live = await this.live();
    void live.update(`${by} ${all ? '重建全部索引' : '更新索引'}`, all);
  }

  /** The index update under way or last finished; idle while nothing is loaded. */
  progress(): IndexRun | null {
    return this.opened?.progress() ?? null;
  }

  /** What the bot finds and answers for a question, without it being logged as a member's question. */
  async hitTest(question: string): Promise<HitTest> {
    const live = await this.live();
    const { readQuestion } = await import('../answering/question-reader.ts');
    const understood = readQuestion(question, live.kb.tokenizer, this.now());
    const { passages } = await live.retriever.retrieve(understood, HIT_TEST_PASSAGES);
    // No asker: the question service neither logs it nor keeps it for follow-ups.
    const answer = await live.questions.ask(question);
    return { understood, passages, answer };
  }
}

function describe(id: string, meta: DocumentMeta | undefined): Pick<DocumentRow, 'id' | 'title' | 'kind' | 'city' | 'year'> {
  if (meta) return { id, title: meta.title, kind: meta.kind, ...(meta.city ? { city: meta.city } : {}), ...(meta.year ? { year: meta.year } : {}) };
  const base = id.split('/').pop()!.replace(/\.[^.]+$/u, '');
  return { id, title: base, kind: /(^|\/)rules\//u.test(id) ? 'rule' : 'report' };
}
