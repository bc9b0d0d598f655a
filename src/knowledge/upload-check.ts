import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from './loaders/index.ts';

/** A report or a rulebook is a few MB at most, even as a PDF with pictures. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type UploadCheck = { ok: true; fileName: string; bytes: Buffer } | { ok: false; problem: string };

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
// The compound-file header of a .doc, and of a .docx saved with a password.
const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const PDF = Buffer.from('%PDF-', 'latin1');
// Controls other than tab, line breaks and form feed: not in a text document, a sign of a binary file.
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/;
const FORBIDDEN_IN_NAME = /[\\/:*?"<>|\x00-\x1F\x7F]/;

/**
 * A document uploaded on the workbench, checked before anything is written: a usable file name,
 * a supported extension, and contents that really are of that type (a .docx is a zip holding
 * word/document.xml, a .pdf starts with %PDF-, a .txt or .md is text). Text in GBK (what Notepad on
 * a Chinese Windows saves) is converted to UTF-8, which the loaders read.
 */
export function checkUpload(name: string, bytes: Buffer): UploadCheck {
  const fileName = path.basename(name.replace(/\\/g, '/')).normalize('NFC').trim();
  const extension = path.extname(fileName).toLowerCase();
  if (!fileName || fileName.startsWith('.') || FORBIDDEN_IN_NAME.test(fileName) || Array.from(fileName).length > 100) {
    return { ok: false, problem: '文件名不可用：请用不超过 100 个字符、不含 \\ / : * ? " < > | 的文件名，如“2024-武汉市政协常委会工作报告.docx”。' };
  }
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) return { ok: false, problem: `不支持的文件类型“${extension || '无扩展名'}”：只能上传 .txt、.md、.docx、.pdf 文件。` };
  if (bytes.length === 0) return { ok: false, problem: '文件是空的，请重新选择。' };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, problem: `文件过大（最大 ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB）。` };
  const withName = (checked: Buffer): UploadCheck => ({ ok: true, fileName: fileName.slice(0, -extension.length) + extension, bytes: checked });
  switch (extension) {
    case '.docx':
      if (bytes.subarray(0, OLE.length).equals(OLE)) return { ok: false, problem: '这是旧的 .doc 文件或设置了密码的 Word 文件：请在 Word 中取消密码，另存为 .docx 后再上传。' };
      if (!bytes.subarray(0, ZIP.length).equals(ZIP) || !bytes.includes('word/document.xml')) return { ok: false, problem: '文件不是有效的 Word 文档（.docx）：可能已损坏，或只是改了扩展名。' };
      return withName(bytes);
    case '.pdf':
      if (!bytes.subarray(0, 1024).includes(PDF)) return { ok: false, problem: '文件不是有效的 PDF：可能已损坏，或只是改了扩展名。' };
      return withName(bytes);
    default: {
      const text = decodeText(bytes);
      if (text === null || CONTROL.test(text)) return { ok: false, problem: '文件不是纯文本（含有不可见的控制字符），请确认选对了文件；Word 文档请上传 .docx。' };
      if (!text.trim()) return { ok: false, problem: '文件中没有文字。' };
      return withName(Buffer.from(text.replace(/^\uFEFF/, ''), 'utf8'));
    }
  }
}

/** UTF-8 (with or without a BOM), else GBK; null when it is neither. */
function decodeText(bytes: Buffer): string | null {
  for (const encoding of ['utf-8', 'gbk']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Try the next encoding.
    }
  }
  return null;
}
