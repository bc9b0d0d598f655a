import type { TableRow } from './table.ts';

/**
 * CSV bytes as text: UTF-8 with or without a BOM, else GBK, which Excel in China uses when it
 * saves “CSV (逗号分隔)”. Bytes that are not valid UTF-8 are read as GBK (WHATWG's GBK decoder is
 * GB18030, a superset; Node 20 ships it with full ICU).
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/**
 * RFC 4180: fields separated by commas, records by CRLF or LF (a lone CR too); a quoted field may
 * hold commas, line breaks and doubled quotes. Each record keeps the line it starts on; blank
 * records are dropped, their lines still counted.
 */
export function parseCsv(text: string): TableRow[] {
  const records: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
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
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
