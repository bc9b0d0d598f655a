import type { TableRow } from './table.ts';

/**
 * CSV bytes as text: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's “Unicode text”), else
 * GBK, which Excel in China uses when it saves “CSV (逗号分隔)”. Bytes that are not valid UTF-8 are
 * read as GBK (WHATWG's GBK decoder is GB18030, a superset; Node 20 ships it with full ICU).
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

export const UNCLOSED_QUOTE =
  '引号不成对：本行以英文双引号 " 开始的内容没有正确结束（结束的 " 应紧接逗号或行尾），本行未导入。请删去多余的引号；内容中的引号应写成两个 ""';

/** No cell of a member list runs over this many lines: a quoted field that does has lost its end. */
const MAX_FIELD_LINES = 10;

/**
 * RFC 4180: fields separated by commas, records by CRLF or LF (a lone CR too); a quoted field may
 * hold commas, line breaks and doubled quotes. Each record keeps the line it starts on; blank
 * records are dropped, their lines still counted. A quote that does not close properly (never, or
 * with text after the closing quote, or only after MAX_FIELD_LINES lines) is reported on the line
 * of its record (a row with `problem`) and reading goes on after the quote's line, so one stray
 * quote cannot swallow the rest of the file into a single field.
 */
export function parseCsv(text: string): TableRow[] {
  const rows: TableRow[] = [];
  let from = 0;
  let line = 1;
  for (;;) {
    const stop = readRecords(text, from, line, rows);
    if (!stop) return rows;
    const where = stop.quoteLine === stop.recordLine ? '' : `（未结束的引号在第 ${stop.quoteLine} 行）`;
    rows.push({ line: stop.recordLine, cells: [], problem: `${UNCLOSED_QUOTE}${where}` });
    const end = lineEnd(text, stop.offset);
    if (end >= text.length) return rows;
    from = end;
    line = stop.quoteLine + 1;
  }
}

/** A quote that was never closed: the line its record starts on, the quote's own line and offset. */
interface Unclosed {
  recordLine: number;
  quoteLine: number;
  offset: number;
}

/** Reads records from `from` to the end, or stops at a quote that never closes (its record dropped). */
function readRecords(text: string, from: number, firstLine: number, rows: TableRow[]): Unclosed | null {
  let cells: string[] = [];
  let cell = '';
  let quoted: { line: number; offset: number } | null = null;
  let line = firstLine;
  let start = firstLine;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') break;
        quoted = null;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        if (line - quoted.line >= MAX_FIELD_LINES) break;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = { line, offset: i };
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (quoted) return { recordLine: start, quoteLine: quoted.line, offset: quoted.offset };
  if (cell !== '' || cells.length > 0) endRecord();
  return null;
}

/** The offset just past the line break that ends the line holding `offset` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    if (text[i] === '\n') return i + 1;
    if (text[i] === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return text.length;
}
