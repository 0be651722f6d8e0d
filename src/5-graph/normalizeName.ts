/**
 * The key under which names of one entity meet across articles: "The Kremlin" and "Kremlin's"
 * are the same node, "Donald  Trump" and "donald trump" too.
 *
 * Unicode NFKC, lower case, curly apostrophes made straight, dots dropped ("U.S." = "US"), a
 * leading article ("the", "a", "an") and a trailing possessive ("'s", "s'") removed, runs of
 * space collapsed. Linear in the length of the name.
 *
 * @example
 * normalizeName("The Kremlin's"); // 'kremlin'
 * normalizeName('U.S.');          // 'us'
 */
export function normalizeName(name: string): string {
  let s = String(name).normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  s = s.replace(/\./g, '').replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:the|an?) (?=\S)/, '');
  s = s.replace(/(?<=\S)'s$/, '').replace(/(?<=\Ss)'$/, '');
  return s.trim();
}
