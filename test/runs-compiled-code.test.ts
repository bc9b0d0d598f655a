import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILD_STAMP, compiledIsCurrent } from '../bin/compiled.js';
import { SHIPPED_KNOWLEDGE } from './support/test-app.ts';

const run = promisify(execFile);
const ROOT = path.resolve('.');
const HOOKS = pathToFileURL(path.resolve('test/support/record-loads.mjs')).href;
const RECORD = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(HOOKS)})`;
const TSX = /\/node_modules\/tsx\//;

/** Runs `bin/liaison.js` of a project folder; its output and the URLs of the modules it loaded. */
async function launch(root: string, args: string[]): Promise<{ stdout: string; loads: string[] }> {
  const work = mkdtempSync(path.join(tmpdir(), 'liaison-launch-'));
  const log = path.join(work, 'loads.txt');
  writeFileSync(log, '');
  const { stdout } = await run(process.execPath, ['--import', RECORD, path.join(root, 'bin/liaison.js'), ...args], {
    cwd: work,
    env: { ...process.env, DATA_DIR: path.join(work, 'data'), KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent', LIAISON_LOAD_LOG: log },
  });
  return { stdout, loads: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

/**
 * A project folder with the real launcher, a source `main` that needs transpiling and a compiled
 * one that says so: the launcher's choice shows in what it prints, whatever state this checkout's
 * own dist/ is in.
 */
function miniProject(): { root: string; age: (file: string, secondsAgo: number) => void; build: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'liaison-mini-'));
  mkdirSync(path.join(root, 'bin'));
  for (const file of ['liaison.js', 'compiled.js']) copyFileSync(path.join(ROOT, 'bin', file), path.join(root, 'bin', file));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  mkdirSync(path.join(root, 'src/cli'), { recursive: true });
  writeFileSync(path.join(root, 'src/cli/main.ts'), `export async function main(args: string[]): Promise<number> {\n  const from: string = 'sources';\n  process.stdout.write(from);\n  return 0;\n}\n`);
  const age = (file: string, secondsAgo: number) => {
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(path.join(root, file), when, when);
  };
  const build = () => {
    mkdirSync(path.join(root, 'dist/cli'), { recursive: true });
    writeFileSync(path.join(root, 'dist/cli/main.js'), `export async function main() {\n  process.stdout.write('compiled');\n  return 0;\n}\n`);
    writeFileSync(path.join(root, BUILD_STAMP), '');
    age(BUILD_STAMP, 60);
  };
  for (const file of ['src/cli/main.ts', 'src/cli', 'src']) age(file, 3600);
  return { root, age, build };
}

describe('the shipped command runs compiled code', () => {
  it('runs dist/ without loading tsx when the build is newer than every source', async () => {
    const project = miniProject();
    project.build();
    const { stdout, loads } = await launch(project.root, []);
    expect(stdout).toBe('compiled');
    expect(loads.filter((url) => TSX.test(url))).toEqual([]);
  });

  it('runs the sources through tsx while developing: no build, a source saved since, a file added since', async () => {
    const project = miniProject();
    expect((await launch(project.root, [])).stdout).toBe('sources');

    project.build();
    project.age('src/cli/main.ts', 0);
    const edited = await launch(project.root, []);
    expect(edited.stdout).toBe('sources');
    expect(edited.loads.some((url) => TSX.test(url))).toBe(true);

    project.age('src/cli/main.ts', 3600);
    expect((await launch(project.root, [])).stdout).toBe('compiled');
    writeFileSync(path.join(project.root, 'src/cli/new-module.ts'), 'export {};\n');
    expect((await launch(project.root, [])).stdout).toBe('sources');
  });

  // npm test runs after `npm ci`, whose `prepare` builds dist/, so this is the compiled path there;
  // in a checkout edited since its build it is the tsx path, and a stale build is never run.
  it('liaison ask in this checkout runs dist/ when its build is current, the sources otherwise', async (context) => {
    const before = compiledIsCurrent(ROOT);
    const { stdout, loads } = await launch(ROOT, ['ask', '十堰市政协党组向市委请示报告了多少次？']);
    // Someone saving a source meanwhile changes the answer to the question asked here.
    if (compiledIsCurrent(ROOT) !== before) context.skip();
    expect(stdout).toContain('16次');
    expect(loads.some((url) => TSX.test(url)), 'tsx loaded').toBe(!before);
    expect(loads.some((url) => url.endsWith('/dist/cli/main.js')), 'dist/cli/main.js loaded').toBe(before);
    expect(loads.some((url) => url.endsWith('/src/cli/main.ts')), 'src/cli/main.ts loaded').toBe(!before);
  });
});
