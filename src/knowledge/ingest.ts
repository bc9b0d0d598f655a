import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.ts';
import type { EmbeddingProvider } from '../retrieval/embeddings.ts';
import { VectorIndex } from '../retrieval/vector-index.ts';
import { chunkSections } from './chunker.ts';
import { splitSections } from './headings.ts';
import { PIPELINE_VERSION, indexPaths, readJson, writeJsonAtomic, type ChunkFile, type Manifest } from './index-files.ts';
import { loadDocumentText } from './loaders/index.ts';
import { listDocuments } from './knowledge-folder.ts';
import { describeDocument } from './metadata.ts';
import { normalizeDocument, type CleaningRules } from './normalize/index.ts';
import type { Progress } from './progress.ts';
import type { DocumentMeta } from './types.ts';

export interface IngestOptions {
  knowledgeDir: string;
  dataDir: string;
  provider: EmbeddingProvider;
  rules: CleaningRules;
  log: Logger;
  progress?: Progress;
  /** Process every file again even when unchanged. */
  force?: boolean;
}

/** What an ingest leaves in memory, so the bot can serve from it without reading it back. */
export interface BuiltIndex {
  manifest: Manifest;
  store: ChunkFile;
  vectors: VectorIndex | null;
}

export interface IngestReport {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  failed: Array<{ file: string; reason: string }>;
  chunks: number;
  embedded: number;
  rebuilt: boolean;
  seconds: number;
  /** Not part of the printed report: the index itself. */
  built?: BuiltIndex;
}

const EMBED_BATCH = 64;

/**
 * Lets the process serve between documents and embedding batches: an update started on the
 * workbench runs beside the bot, which keeps answering (from the index it has) and reporting progress.
 */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Bring the persisted index in line with the knowledge folder, re-embedding only what changed. */
export async function ingestKnowledge(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const paths = indexPaths(options.dataDir);
  const rulesHash = hashOf(JSON.stringify(options.rules));
  const files = listDocuments(options.knowledgeDir);

  let manifest = readJson<Manifest>(paths.manifest);
  let store = readJson<ChunkFile>(paths.chunks);
  const rebuild =
    options.force ||
    !manifest ||
    !store ||
    manifest.pipelineVersion !== PIPELINE_VERSION ||
    manifest.embeddingModel !== options.provider.modelId;
  let index = rebuild || !manifest ? null : await VectorIndex.load(paths.vectors, { dimensions: manifest.dimensions });
  if (rebuild || !index || !manifest || !store) {
    manifest = { pipelineVersion: PIPELINE_VERSION, embeddingModel: options.provider.modelId, dimensions: 0, nextChunkId: 0, files: {} };
    store = { docs: [], chunks: [] };
    index = null;
  }

  const report: IngestReport = { added: [], updated: [], unchanged: [], removed: [], failed: [], chunks: 0, embedded: 0, rebuilt: rebuild, seconds: 0 };
  const docs = new Map(store.docs.map((d) => [d.id, d]));
  const chunks = new Map(store.chunks.map((c) => [c.id, c]));
  const dropDocument = (id: string) => {
    for (const chunkId of manifest!.files[id]?.chunkIds ?? []) {
      chunks.delete(chunkId);
      index?.remove(chunkId);
    }
    delete manifest!.files[id];
    docs.delete(id);
  };

  const present = new Set(files.map((f) => f.id));
  for (const id of Object.keys(manifest.files)) {
    if (!present.has(id)) {
      dropDocument(id);
      report.removed.push(id);
    }
  }

  options.progress?.start(files.length);
  for (const file of files) {
    await breathe();
    const hash = hashOf(`${readFileSync(file.absPath).toString('base64')}|${rulesHash}`);
    const known = manifest.files[file.id];
    if (known && known.hash === hash) {
      report.unchanged.push(file.id);
      options.progress?.tick(file.id);
      continue;
    }
    try {
      const prepared = await prepareDocument(file.id, file.absPath, options.rules);
      const vectors = await embedAll(options.provider, prepared.chunks.map((c) => embeddingText(prepared.meta, c.section, c.text)));
      if (!index) {
        manifest.dimensions = vectors[0]?.length ?? 0;
        index = VectorIndex.create({ dimensions: manifest.dimensions }, Math.max(1024, files.length * 64));
      }
      dropDocument(file.id);
      const ids: number[] = [];
      prepared.chunks.forEach((draft, ordinal) => {
        const id = manifest!.nextChunkId++;
        chunks.set(id, { ...draft, id, docId: file.id, ordinal });
        index!.add(id, vectors[ordinal]!);
        ids.push(id);
      });
      docs.set(file.id, prepared.meta);
      manifest.files[file.id] = { hash, chunkIds: ids };
      report.embedded += ids.length;
      (known ? report.updated : report.added).push(file.id);
    } catch (error) {
      // One unreadable file must not stop the rest; it is reported by name.
      dropDocument(file.id);
      report.failed.push({ file: file.id, reason: error instanceof Error ? error.message : String(error) });
      options.log.warn({ file: file.id, err: error }, 'document skipped');
    }
    options.progress?.tick(file.id);
  }
  options.progress?.stop();

  const result: ChunkFile = { docs: [...docs.values()], chunks: [...chunks.values()] };
  if (index) await saveIndex(index, paths.vectors);
  writeJsonAtomic(paths.chunks, result);
  writeJsonAtomic(paths.manifest, manifest);
  report.chunks = chunks.size;
  report.seconds = (performance.now() - started) / 1000;
  Object.defineProperty(report, 'built', { value: { manifest, store: result, vectors: index }, enumerable: false });
  return report;
}

export async function prepareDocument(id: string, absPath: string, rules: CleaningRules) {
  const raw = await loadDocumentText(absPath);
  const clean = normalizeDocument(raw, rules);
  const meta: DocumentMeta = describeDocument(id, clean);
  const drafts = chunkSections(splitSections(clean));
  if (drafts.length === 0) throw new Error('文档中没有可用的文字内容');
  return { meta, chunks: drafts };
}

/** What the embedder sees: the title and heading path give a passage its context. */
export function embeddingText(meta: DocumentMeta, section: string, text: string): string {
  return `${meta.title} ${section}\n${text}`;
}

async function embedAll(provider: EmbeddingProvider, texts: string[]): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0; i < texts.length; i += EMBED_BATCH) {
    out.push(...(await provider.embeddings.embedDocuments(texts.slice(i, i + EMBED_BATCH))));
    await breathe();
  }
  return out;
}

async function saveIndex(index: VectorIndex, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await index.save(tmp);
  renameSync(tmp, file);
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
