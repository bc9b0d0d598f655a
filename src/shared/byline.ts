import { surnameOf } from './surnames.ts';

/**
 * A report's byline: the speaker's name after "……在……会议上", two or three characters, sometimes
 * spaced out ("李 波"), often on a line of its own.
 */
const NAME = String.raw`\p{Script=Han}(?:\s?\p{Script=Han}){1,2}`;
const BYLINE = new RegExp(String.raw`会议上\s+(${NAME})\s*$`, 'u');
const NAME_LINE = new RegExp(String.raw`^\s*${NAME}\s*$`, 'u');

/** The speaker a text ends by naming ("——在政协常熟市第十五届委员会第四次会议上 沈晓东"), without spaces. */
export function bylineName(text: string): string | undefined {
  const name = BYLINE.exec(text)?.[1]?.replace(/\s/gu, '');
  return name && surnameOf(name) ? name : undefined;
}

/** A byline on a line of its own belongs to the line above it: together they say who spoke. */
export function withBylinesJoined(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && /会议上\s*$/u.test(out[last]!) && NAME_LINE.test(line)) out[last] = `${out[last]} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}
