#!/usr/bin/env node
// Lists source files over MAX_FILE lines and functions over MAX_FN lines in src/ (data files aside:
// a file whose name ends in .data.ts, or that holds no function, is data).
//   node scripts/check-size.mjs [--json]     exit 1 when anything is over
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const MAX_FILE = 600;
export const MAX_FN = 120;

function* files(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)) yield p;
  }
}

export function oversize(root = 'src') {
  const over = [];
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line;
    let fns = 0;
    const visit = (node) => {
      if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
        fns++;
        const lines = lineOf(node.getEnd()) - lineOf(node.getStart(sf)) + 1;
        const name = node.name?.getText(sf) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(sf) : '(anonymous)');
        if (lines > MAX_FN) over.push({ file: relative('.', file), kind: 'function', name, lines, line: lineOf(node.getStart(sf)) + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    const lines = text.split('\n').length;
    const data = /\.data\.ts$/.test(file) || fns === 0;
    if (lines > MAX_FILE && !data) over.push({ file: relative('.', file), kind: 'file', lines });
  }
  return over;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const over = oversize();
  if (process.argv.includes('--json')) console.log(JSON.stringify(over, null, 1));
  else for (const o of over) console.log(o.kind === 'file' ? `${o.file}: ${o.lines} lines (max ${MAX_FILE})` : `${o.file}:${o.line} ${o.name}: ${o.lines} lines (max ${MAX_FN})`);
  console.log(`${over.length} over the limits`);
  process.exit(over.length ? 1 : 0);
}
