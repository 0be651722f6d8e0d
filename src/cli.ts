#!/usr/bin/env node
/**
 * The `plaudit` command: `plaudit analyze`, `plaudit graph`, `plaudit eval` (see `plaudit --help`).
 * This file only wires the process to `main`, which tests can also run in-process.
 */
import { readFileSync } from 'node:fs';
import { main } from './cli/main.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// A closed pipe (`plaudit … | head`) is not a failure: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, version: pkg.version }).then((code) => {
  process.exitCode = code;
});
