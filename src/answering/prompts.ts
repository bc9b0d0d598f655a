import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Reads `<promptsDir>/<name>.md`; callers keep the result, so each file is read once per answerer. */
export function loadPrompt(promptsDir: string, name: string): string {
  return readFileSync(path.join(promptsDir, `${name}.md`), 'utf8').trim();
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Fills `{{name}}` placeholders in one pass, so a value that itself holds `{{…}}`
 * (a passage, the question) is never expanded.
 */
export function renderPrompt(template: string, vars: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`prompt placeholder {{${name}}} has no value`);
    return value;
  });
}

/** The fixed wording of a template, without its placeholders. */
export function fixedParts(template: string): string[] {
  return template.split(PLACEHOLDER).filter((_, i) => i % 2 === 0);
}

// Letters, digits and CJK only: a model that echoes a prompt often changes its punctuation.
const compact = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/** True when `reply` repeats a run of at least `minRun` characters of any of `secrets`. */
export function echoesPrompt(reply: string, secrets: string[], minRun = 16): boolean {
  const windows = new Set<string>();
  for (const secret of secrets.map(compact)) {
    for (let i = 0; i + minRun <= secret.length; i++) windows.add(secret.slice(i, i + minRun));
  }
  const text = compact(reply);
  for (let i = 0; i + minRun <= text.length; i++) {
    if (windows.has(text.slice(i, i + minRun))) return true;
  }
  return false;
}
