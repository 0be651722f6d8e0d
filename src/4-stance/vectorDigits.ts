/**
 * The 64 characters that write the 6-bit levels −32..31 of the word-vector table, in order (the
 * base64 alphabet): one for the writer (scripts/derive-word-vectors.mjs) and the reader
 * (wordVectors.ts).
 */
export const VECTOR_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
