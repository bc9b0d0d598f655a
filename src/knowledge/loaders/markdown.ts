const FENCE = /^\s*(```|~~~)/u;
const TABLE_RULE = /^(?=.*\|)(?=.*-)[\s|:-]+$/u;
const THEMATIC_BREAK = /^\s*([*_-]\s*){3,}$/u;
const LINK_DEFINITION = /^\s*\[[^\]]+\]:\s*\S+/u;
const SETEXT_UNDERLINE = /^\s*(=+|-+)\s*$/u;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;

/**
 * Light Markdown → text: ATX headings keep their `#` marks (the heading splitter reads them),
 * setext headings become ATX, and emphasis, links, images, code marks, quotes, bullets, table
 * pipes and HTML tags go, leaving their text.
 */
export function stripMarkdown(markdown: string): string {
  const out: string[] = [];
  for (const raw of markdown.split(/\r?\n/u)) {
    const line = raw.trimEnd();
    const previous = out.at(-1);
    if (SETEXT_UNDERLINE.test(line) && previous && !previous.startsWith('#')) {
      out[out.length - 1] = `${line.trim().startsWith('=') ? '#' : '##'} ${previous}`;
      continue;
    }
    if (FENCE.test(line) || TABLE_RULE.test(line) || THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) continue;
    out.push(inline(blockMarks(line)));
  }
  return out.join('\n');
}

function blockMarks(line: string): string {
  const heading = line.match(ATX_HEADING);
  if (heading) return `${heading[1]} ${heading[2]}`;
  return line
    .replace(/^\s*(>\s?)+/u, '')
    .replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/u, '')
    .replace(/^\s*\|(.*)\|\s*$/u, (_, cells: string) => cells.split('|').map((c) => c.trim()).join(' '));
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/gu, '$1')
    .replace(/<(https?:[^>\s]+)>/gu, '$1')
    .replace(/<br\s*\/?>/giu, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/gu, '')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/gu, '$1')
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/gu, '$1');
}
