import { spawn } from 'node:child_process';
import path from 'node:path';
import { SHIPPED_KNOWLEDGE } from './test-app.ts';

const CLI = path.resolve('bin/liaison.js');

/** Runs `liaison …` as a member or staff would, lines piped to stdin, on the given data folder. */
export function liaison(dataDir: string, args: string[], lines: string[] = [], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [CLI, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  });
}
