// The npm registry this workplace reaches lacks some platform builds (e.g. @node-rs/jieba-darwin-x64@2.0.3);
// `npm install` skips them but leaves them listed, and `npm ci` then refuses the lockfile.
// Run after regenerating package-lock.json: drops optional dependencies that have no lock entry.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
let removed = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  const base = key ? `${key}/node_modules/` : 'node_modules/';
  for (const name of Object.keys(entry.optionalDependencies)) {
    if (!lock.packages[base + name] && !lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies[name];
      removed++;
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`removed ${removed} unresolvable optional dependencies from package-lock.json`);
