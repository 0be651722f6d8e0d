/**
 * Characters XML 1.0 forbids even when escaped (C0 controls other than tab, newline and carriage
 * return; U+FFFE and U+FFFF) and lone surrogates, which no XML or HTML consumer can read back.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Makes any string safe as XML or HTML text and as a quoted attribute value: `& < > " '` become
 * entities (so `]]>` and `<script>` arrive as text, and no quote can end an attribute), and
 * characters XML cannot carry become U+FFFD. Used by every exporter and renderer for article text.
 *
 * @example
 * escapeXml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * escapeXml('" onload="x');               // '&quot; onload=&quot;x'
 */
export function escapeXml(text: string): string {
  return String(text).replace(FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
