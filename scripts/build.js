// `npm run build`, and `npm install` through the `prepare` script: compiles src/ to dist/ with tsc
// and copies the files src/ reads beside its modules (stylesheets, browser scripts). The stamp
// bin/liaison.js checks is written last, dated when the build began, so a source saved during the
// build leaves dist/ stale rather than passing for built.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from '../bin/compiled.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = new Date();
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // `npm install --omit=dev` has no compiler; tsx (a dependency) then runs the sources.
  console.log('未安装 TypeScript（开发依赖），跳过编译；liaison 将通过 tsx 直接运行源码。');
  process.exit(0);
}
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
// --noCheck: this step only replaces tsx's run-time transpiling, which ignores types too; type
// errors are for `npm test` (tsc --noEmit) to report, and checking them here as well doubled the time.
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--noCheck'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  // No stamp: liaison keeps running the sources through tsx until a build succeeds.
  console.error('编译失败（见上方 tsc 的报错），dist/ 未启用。');
  process.exit(result.status ?? 1);
}
cpSync(path.join(root, 'src'), path.join(root, 'dist'), { recursive: true, filter: (from) => !from.endsWith('.ts') });
const stamp = path.join(root, BUILD_STAMP);
writeFileSync(stamp, `${started.toISOString()}\n`);
utimesSync(stamp, started, started);
