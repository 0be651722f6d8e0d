import type { Token } from '../adapters/wink.js';

/** Is there a comma among tokens [from, to)? ("Lee praised Kovic, the mayor" vs "praised Kovic the mayor"). */
export function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.value === ',') return true;
  return false;
}
