#!/usr/bin/env node
// Runs the compiled JavaScript in dist/, which `npm install` builds (the `prepare` script), so no
// TypeScript is transpiled at run time. Without a current build (a checkout not yet built, or a
// source edited since) it runs the TypeScript sources through tsx, as in development.
import { fileURLToPath } from 'node:url';
import { compiledIsCurrent } from './compiled.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let entry = '../dist/cli/main.js';
if (!compiledIsCurrent(root)) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = '../src/cli/main.ts';
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
