import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readDocx } from './docx.ts';
import { DocumentReadError, UnsupportedDocumentError } from './errors.ts';
import { stripMarkdown } from './markdown.ts';
import { readPdf } from './pdf.ts';

export { DocumentReadError, UnsupportedDocumentError } from './errors.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

const READERS: Record<(typeof SUPPORTED_EXTENSIONS)[number], (buffer: Buffer) => Promise<string> | string> = {
  '.txt': (buffer) => utf8(buffer),
  '.md': (buffer) => stripMarkdown(utf8(buffer)),
  '.docx': readDocx,
  '.pdf': readPdf,
};

/** Raw text of a document, chosen by file extension; cleaning is left to the normalizer. */
export async function loadDocumentText(file: string): Promise<string> {
  const extension = path.extname(file).toLowerCase();
  if (!isSupported(extension)) throw new UnsupportedDocumentError(file);
  try {
    return await READERS[extension](await readFile(file));
  } catch (error) {
    throw new DocumentReadError(file, error);
  }
}

function isSupported(extension: string): extension is (typeof SUPPORTED_EXTENSIONS)[number] {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension);
}

/** Strict UTF-8, so a file in another encoding is reported rather than read as garbage. */
function utf8(buffer: Buffer): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
}
