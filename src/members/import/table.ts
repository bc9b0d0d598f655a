/** One non-empty row of a spreadsheet, with the line number staff see in it (1-based). */
export interface TableRow {
  line: number;
  cells: string[];
  /** Why the row could not be read at all (e.g. an unclosed quote); `cells` is then empty. */
  problem?: string;
}

/** A file that cannot be read as a member list; the message is Chinese and says what to do. */
export class TableError extends Error {}
