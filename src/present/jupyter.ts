/**
 * The key the Deno Jupyter kernel looks up on a cell's value: `value[Symbol.for("Jupyter.display")]()`.
 * A registered symbol, so plaudit needs no Deno dependency and never touches `Deno` itself.
 */
export const jupyterDisplay: unique symbol = Symbol.for('Jupyter.display') as never;

/** What a display method returns: one rendering per MIME type; the notebook shows the richest it supports. */
export interface MimeBundle {
  readonly 'text/plain': string;
  readonly 'text/html': string;
  readonly 'image/svg+xml': string;
}

/**
 * Copies the own enumerable fields of plain data onto a fresh instance, in the same order, so
 * `JSON.stringify` gives the same text and `toEqual` sees the same fields; the display method
 * lives on the prototype, where neither looks. `structuredClone` keeps the data and drops the
 * prototype, which is what a worker thread needs.
 */
export function assignData<T extends object>(target: T, data: object): T {
  for (const key of Object.keys(data)) {
    (target as Record<string, unknown>)[key] = (data as Record<string, unknown>)[key];
  }
  return target;
}

/** A display method must not throw into the notebook: on a renderer failure it shows the reason as text. */
export function safeBundle(render: () => MimeBundle, plain: () => string): MimeBundle {
  try {
    return render();
  } catch (error) {
    const text = `${plain()}\n(plaudit could not draw this value: ${error instanceof Error ? error.message : String(error)})`;
    return { 'text/plain': text, 'text/html': '', 'image/svg+xml': '' };
  }
}
