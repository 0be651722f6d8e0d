/**
 * A read-only table from strings to their positions in a list (a row of a model, say), for the
 * large tables read once per feature or per token: tens of thousands of keys, looked up with
 * strings built a moment before (`B:criticise`, a token's lower-case form).
 *
 * Why not a Map: a Map of tens of thousands of strings is scattered over the heap (its buckets,
 * its entries, each key's own string object), and a look-up with a fresh string touches three or
 * four of those places, each a cache miss, more costly on a busy machine than the hashing itself.
 * Here one look-up hashes the key (FNV-1a over its UTF-16 code units), reads one slot of a compact
 * array that holds the hash and the position side by side, and compares the key with the listed
 * string only when the hashes agree: an unknown key (most bigrams, most words) usually costs one
 * read. The answer is exactly a Map's: a position is returned only for an equal string.
 *
 * @example
 * const rows = stringIndex(['bias', 'B:criticise']);
 * rows.get('B:criticise'); // 1
 * rows.get('B:praise');    // undefined
 */
export interface StringIndex {
  /** The position of `key` in the list, undefined for a string not in it. */
  get(key: string): number | undefined;
  /** The number of strings in the list. */
  readonly size: number;
}

/** FNV-1a over the string's UTF-16 code units, as a signed 32-bit integer. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * The index of `keys` (each string at its position; a repeated string answers its first
 * position, as a Map filled in order and never overwritten would).
 */
export function stringIndex(keys: readonly string[]): StringIndex {
  // At most half the slots used, so that a probe sequence stays short.
  let size = 2;
  while (size < keys.length * 2) size *= 2;
  const mask = size - 1;
  // Slot p: its key's hash at 2p, its position at 2p + 1 (-1: empty).
  const slots = new Int32Array(size * 2).fill(-1);
  const list = keys.slice();
  let count = 0;
  for (let row = 0; row < list.length; row++) {
    const key = list[row]!;
    const h = hashOf(key);
    let p = h & mask;
    let known = false;
    for (let r = slots[2 * p + 1]!; r !== -1; r = slots[2 * p + 1]!) {
      if (slots[2 * p] === h && list[r] === key) {
        known = true;
        break;
      }
      p = (p + 1) & mask;
    }
    if (known) continue;
    slots[2 * p] = h;
    slots[2 * p + 1] = row;
    count++;
  }
  return {
    size: count,
    get(key: string): number | undefined {
      const h = hashOf(key);
      let p = h & mask;
      for (let r = slots[2 * p + 1]!; r !== -1; r = slots[2 * p + 1]!) {
        if (slots[2 * p] === h && list[r] === key) return r;
        p = (p + 1) & mask;
      }
      return undefined;
    },
  };
}

/** A read-only map from strings to values, over a StringIndex (see the header: for large tables). */
export interface StringTable<V> {
  /** The value of `key`, undefined for a string not in the table. */
  get(key: string): V | undefined;
  readonly size: number;
}

/**
 * The table of a Map's entries (a Map built once and never changed after), answering exactly
 * what the Map answers.
 *
 * @example
 * const scores = stringTable(new Map([['good', 3], ['bad', -3]]));
 * scores.get('bad');  // -3
 * scores.get('okay'); // undefined
 */
export function stringTable<V>(map: ReadonlyMap<string, V>): StringTable<V> {
  const index = stringIndex([...map.keys()]);
  const values = [...map.values()];
  return {
    size: values.length,
    get(key: string): V | undefined {
      const at = index.get(key);
      return at === undefined ? undefined : values[at];
    },
  };
}
