/** What a document and its chunks are, as the rest of the bot sees them. */

export type DocumentKind = 'report' | 'rule';

export interface DocumentMeta {
  /** Path relative to the knowledge folder, with forward slashes: the document's stable id. */
  id: string;
  title: string;
  /** E.g. "武汉市政协"; undefined when it cannot be told. */
  organization?: string;
  /** E.g. "武汉"; undefined when it cannot be told. */
  city?: string;
  /** The year of work the document covers (a report given in Jan 2025 covers 2024). */
  year?: number;
  kind: DocumentKind;
}

/** A run of paragraphs under one heading path, in document order. */
export interface Section {
  /** Outermost heading first, e.g. ["立足履职为民,促进民生事业改善", "提升提案工作实效"]. */
  headings: string[];
  paragraphs: string[];
}

export interface ChunkDraft {
  /** Heading path joined with " › ". Empty for text before the first heading. */
  section: string;
  text: string;
}

export interface Chunk extends ChunkDraft {
  /** Integer label, also the chunk's label in the vector index. */
  id: number;
  docId: string;
  /** Position of the chunk within its document. */
  ordinal: number;
}
