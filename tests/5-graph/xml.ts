/**
 * A strict little XML reader for tests: enough to read back GraphML and SVG output and to prove it
 * is well-formed (every tag closed in order, attribute values quoted without raw `<` or `"`, text
 * without raw `<`, only the five predefined entities and numeric references). It throws on
 * anything else, so a hostile name that broke out of its text or attribute fails the test.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  /** The decoded text directly inside the element. */
  text: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(raw: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bare & in ${JSON.stringify(raw)}`);
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITY[e]!,
  );
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const s = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const textEnd = lt === -1 ? s.length : lt;
    const text = s.slice(i, textEnd);
    if (text.includes('>') && text.includes(']]>')) throw new Error('raw ]]> in text');
    stack[stack.length - 1]!.text += decodeXml(text);
    if (lt === -1) break;
    const close = /^<\/([A-Za-z][\w:.-]*)\s*>/.exec(s.slice(lt));
    if (close) {
      const top = stack.pop();
      if (!top || top.name !== close[1]) throw new Error(`</${close[1]}> closes <${top?.name}>`);
      i = lt + close[0].length;
      continue;
    }
    const open = /^<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/.exec(s.slice(lt));
    if (!open) throw new Error(`malformed markup at ${lt}: ${JSON.stringify(s.slice(lt, lt + 40))}`);
    const attributes: Record<string, string> = {};
    for (const m of open[2]!.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"<]*)"/g)) {
      if (m[1]! in attributes) throw new Error(`duplicate attribute ${m[1]}`);
      attributes[m[1]!] = decodeXml(m[2]!);
    }
    const el: XmlElement = { name: open[1]!, attributes, children: [], text: '' };
    stack[stack.length - 1]!.children.push(el);
    if (open[3] !== '/') stack.push(el);
    i = lt + open[0].length;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1) throw new Error(`${root.children.length} root elements`);
  return root.children[0]!;
}

/** Every element below (and including) `el`, depth first. */
export function allElements(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(allElements)];
}

/** The element's text and all text below it, in document order. */
export function textContent(el: XmlElement): string {
  return el.text + el.children.map(textContent).join('');
}
