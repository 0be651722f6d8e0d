#!/usr/bin/env node
/**
 * node scripts/audit-regex.mjs [--dir src] [--json] [--strict]
 *
 * Lists every regular expression in the TypeScript sources (literals, and `new RegExp(...)` /
 * `RegExp(...)` with literal arguments) and checks each for catastrophic backtracking with
 * scslre, the analyser behind eslint-plugin-regexp's no-super-linear-backtracking rule. It
 * works on the regex's automaton, so it finds both classic causes of exponential time:
 * nested quantifiers (`(a+)+`) and ambiguous alternatives under a quantifier
 * (`(?:\s+|\s*,\s*)+`), without flagging safe nesting such as `(?:ab|ac)*`.
 *
 * - flagged (exit 1): exponential backtracking: one input of a few dozen characters can hang.
 * - warning: polynomial backtracking (typically quadratic on a long run of one character, e.g.
 *   `\w+ said` searched through a 100,000-letter word). Listed; with --strict they fail too.
 * - dynamic: a RegExp built from a non-literal string, which cannot be checked statically.
 *
 * scslre only tries attack strings that repeat one character, so it misses ambiguity between
 * alternatives such as `(a|a)*`, `(\w|\d)+` or `(?:said|sa\w+)*`. A second check covers them:
 * under every quantifier that can repeat more than 10 times, any two alternatives of a group
 * whose languages intersect (computed exactly with refa's automata) are flagged, since a text
 * repeating their common word has exponentially many ways to match.
 *
 * Static, fast, and run by tests/robustness/auditRegex.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JS, NFA, isDisjointWith } from 'refa';
import { analyse } from 'scslre';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function* sourceFiles(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.(?:[cm]?ts|tsx|[cm]?js)$/.test(name) && !name.endsWith('.d.ts')) yield p;
  }
}

/** Every regex of one file: { line, source, flags } or { line, dynamic: code }. */
function regexesOf(file) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const line = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const literalText = (node) =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(sf);
      const cut = raw.lastIndexOf('/');
      found.push({ line: line(node), source: raw.slice(1, cut), flags: raw.slice(cut + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const source = literalText(pattern);
      const flagText = flags === undefined ? '' : literalText(flags);
      if (source !== undefined && flagText !== undefined) found.push({ line: line(node), source, flags: flagText });
      else found.push({ line: line(node), dynamic: node.getText(sf).slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Pairs of alternatives under a repeating quantifier that can match the same text. */
function ambiguousAlternatives(source, flags) {
  const parser = JS.Parser.fromLiteral({ source, flags });
  const found = [];
  const visit = (node, repeated) => {
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'Quantifier') return visit(node.element, repeated || node.max > 10);
    if ((node.type === 'Group' || node.type === 'CapturingGroup') && repeated && node.alternatives.length > 1) {
      const nfas = node.alternatives.map((a) => {
        const { expression, maxCharacter } = parser.parseElement(a, { backreferences: 'disable', assertions: 'ignore', maxNodes: 20_000 });
        return NFA.fromRegex(expression, { maxCharacter });
      });
      for (let i = 0; i < nfas.length; i++) {
        for (let j = i + 1; j < nfas.length; j++) {
          if (!isDisjointWith(nfas[i], nfas[j])) found.push([node.alternatives[i].raw, node.alternatives[j].raw]);
        }
      }
    }
    if (node.type === 'Assertion' && (node.kind === 'lookahead' || node.kind === 'lookbehind')) {
      for (const a of node.alternatives) visit(a, false); // a lookaround is entered once per position
      return;
    }
    for (const key of ['alternatives', 'elements']) if (Array.isArray(node[key])) for (const c of node[key]) visit(c, repeated);
  };
  visit(parser.ast.pattern, false);
  return found;
}

/**
 * Audits every regex of the sources under `dir`.
 * @returns `{ summary, results }`, one result per regex with its place, level and reason.
 */
export function auditRegexes(dir = join(root, 'src')) {
  const results = [];
  for (const file of sourceFiles(dir)) {
    for (const r of regexesOf(file)) {
      const where = `${relative(root, file)}:${r.line}`;
      if (r.dynamic !== undefined) {
        results.push({ where, level: 'dynamic', regex: r.dynamic, detail: 'built at run time; not checked' });
        continue;
      }
      const regex = `/${r.source}/${r.flags}`;
      let reports;
      try {
        reports = analyse({ source: r.source, flags: r.flags }, { maxReports: 20 }).reports;
      } catch (error) {
        results.push({ where, level: 'warning', regex, detail: `could not be analysed: ${error.message}` });
        continue;
      }
      let ambiguous = [];
      try {
        ambiguous = ambiguousAlternatives(r.source, r.flags);
      } catch (error) {
        results.push({ where, level: 'warning', regex, detail: `alternatives could not be compared: ${error.message}` });
      }
      if (ambiguous.length > 0) {
        const [a, b] = ambiguous[0];
        results.push({ where, level: 'flagged', regex, detail: `ambiguous alternatives under a quantifier: ${a} and ${b} can match the same text` });
        continue;
      }
      const exponential = reports.filter((x) => x.exponential);
      const polynomial = reports.filter((x) => !x.exponential);
      const describe = (x) =>
        `${x.exponential ? 'exponential' : 'polynomial'} backtracking (${x.type}) on a run of ${JSON.stringify(x.character.pick)}`;
      if (exponential.length > 0) results.push({ where, level: 'flagged', regex, detail: describe(exponential[0]) });
      else if (polynomial.length > 0) results.push({ where, level: 'warning', regex, detail: describe(polynomial[0]) });
      else results.push({ where, level: 'ok', regex, detail: 'linear' });
    }
  }
  const count = (level) => results.filter((r) => r.level === level).length;
  const summary = { regexes: results.length, flagged: count('flagged'), warnings: count('warning'), dynamic: count('dynamic'), ok: count('ok') };
  return { summary, results };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const dirArg = argv.find((a) => a.startsWith('--dir='))?.slice('--dir='.length) ?? (argv.includes('--dir') ? argv[argv.indexOf('--dir') + 1] : undefined);
  const dir = dirArg ? resolve(dirArg) : join(root, 'src');
  const { summary, results } = auditRegexes(dir);
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ summary, results })}\n`);
  } else {
    for (const r of results) if (r.level !== 'ok') process.stdout.write(`${r.level.padEnd(8)} ${r.where}  ${r.regex}\n         ${r.detail}\n`);
    process.stdout.write(
      `${summary.regexes} regexes in ${relative(process.cwd(), dir) || '.'}: ${summary.flagged} flagged (exponential), ` +
        `${summary.warnings} warnings (polynomial), ${summary.dynamic} dynamic, ${summary.ok} linear\n`,
    );
  }
  process.exitCode = summary.flagged > 0 || (argv.includes('--strict') && summary.warnings > 0) ? 1 : 0;
}
