import path from 'node:path';

/** The file type is not one the knowledge base reads. */
export class UnsupportedDocumentError extends Error {
  constructor(readonly file: string) {
    super(`不支持的文件类型：${path.basename(file)}（支持 .txt、.md、.docx、.pdf）`);
    this.name = 'UnsupportedDocumentError';
  }
}

/** The file could not be read or parsed; the ingester reports it by name and goes on. */
export class DocumentReadError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`文件无法读取：${path.basename(file)}（${cause instanceof Error ? cause.message : String(cause)}）`, { cause });
    this.name = 'DocumentReadError';
  }
}
