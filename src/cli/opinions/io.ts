/** Where the opinions commands write and what they take from the process: swapped in tests. */
export interface OpinionsIo {
  /** Clean output (text or JSON) on stdout. */
  out(text: string): void;
  /** Messages for the person at the terminal (refusals, warnings) on stderr. */
  err(text: string): void;
  /** Where default export files go. */
  cwd: string;
  now(): Date;
}

export function processIo(): OpinionsIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
