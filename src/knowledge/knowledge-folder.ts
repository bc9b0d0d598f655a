import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentKind } from './types.ts';

/** Where uploads of each kind go: 工作报告 to reports/, 规程办法 to rules/ (README “添加文档”). */
export const FOLDER_OF: Readonly<Record<DocumentKind, string>> = { report: 'reports', rule: 'rules' };

export interface DocumentFile {
  /** Path under the knowledge folder with forward slashes, as the index names it. */
  id: string;
  bytes: number;
  modifiedAt: Date;
}

/**
 * The document files of the knowledge folder, as the ingest sees them (listDocuments): what the
 * workbench lists, adds and removes. Only files the listing holds can be removed, so no path
 * given from outside reaches anything else on the disk.
 */
export class KnowledgeFolder {
  constructor(readonly root: string) {}

  list(): DocumentFile[] {
    return listDocuments(this.root).map(({ id, absPath }) => {
      const info = statSync(absPath);
      return { id, bytes: info.size, modifiedAt: info.mtime };
    });
  }

  has(id: string): boolean {
    return this.list().some((file) => file.id === id);
  }

  /** The id a file of this name and kind gets. */
  idOf(kind: DocumentKind, fileName: string): string {
    return `${FOLDER_OF[kind]}/${fileName}`;
  }

  /** Writes the file whole (a temporary file renamed), so the ingest never reads half of it. */
  write(kind: DocumentKind, fileName: string, bytes: Buffer): string {
    const dir = path.join(this.root, FOLDER_OF[kind]);
    mkdirSync(dir, { recursive: true });
    const target = path.join(dir, fileName);
    // A dot file is skipped by the ingest: nothing reads it while it is written.
    const partial = path.join(dir, `.${fileName}.${process.pid}.partial`);
    writeFileSync(partial, bytes);
    renameSync(partial, target);
    return this.idOf(kind, fileName);
  }

  /** Deletes a listed document; false when there is none by that id. */
  remove(id: string): boolean {
    const found = listDocuments(this.root).find((file) => file.id === id);
    if (!found || !existsSync(found.absPath)) return false;
    unlinkSync(found.absPath);
    return true;
  }
}

/** The documents the index is built from: every file below the folder's top level (not dot files). */
export function listDocuments(root: string): Array<{ id: string; absPath: string }> {
  const out: Array<{ id: string; absPath: string }> = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = path.join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(abs, depth + 1);
      // Files at the top level are configuration (dictionary, cleaning rules), not documents;
      // below it every file is tried, so one of an unsupported type is reported, not ignored.
      else if (depth > 0 && statSync(abs).isFile()) {
        out.push({ id: path.relative(root, abs).split(path.sep).join('/'), absPath: abs });
      }
    }
  };
  walk(root, 0);
  return out;
}
