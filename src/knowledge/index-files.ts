import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Chunk, DocumentMeta } from './types.ts';

/** Bumped when normalization or chunking changes, so that every document is processed again. */
export const PIPELINE_VERSION = 2;

export interface Manifest {
  pipelineVersion: number;
  embeddingModel: string;
  dimensions: number;
  nextChunkId: number;
  files: Record<string, { hash: string; chunkIds: number[] }>;
}

export interface ChunkFile {
  docs: DocumentMeta[];
  chunks: Chunk[];
}

export function indexPaths(dataDir: string) {
  const dir = path.join(dataDir, 'index');
  return {
    dir,
    manifest: path.join(dir, 'manifest.json'),
    chunks: path.join(dir, 'chunks.json'),
    vectors: path.join(dir, 'vectors.hnsw'),
  };
}

export function readJson<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Write to a temporary file and rename, so a crash never leaves half a file behind. */
export function writeJsonAtomic(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}
