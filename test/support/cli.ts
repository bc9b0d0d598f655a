import { spawn } from 'node:child_process';
import path from 'node:path';
import { SHIPPED_KNOWLEDGE } from './test-app.ts';

const CLI = path.resolve('bin/liaison.js');

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `liaison …` as a member or staff would, lines piped to stdin, on the given data folder. */
export function liaison(dataDir: string, args: string[], lines: string[] = [], env: Record<string, string> = {}): Promise<CommandResult> {
  return runCommand('node', [CLI, ...args], { DATA_DIR: dataDir, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent', ...env }, lines);
}

/** Runs a command with extra environment and stdin lines, collecting its output. */
export function runCommand(command: string, argv: string[], env: Record<string, string>, lines: string[] = []): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  });
}
