/** Colours shared by the exports and the drawings: green for net praise, red for net criticism, grey for even. */
export const PRAISE_COLOUR = '#2e7d32';
export const CRITICISM_COLOUR = '#c62828';
export const EVEN_COLOUR = '#9e9e9e';

/** The colour of an edge by its net praise. */
export function netColour(net: number): string {
  return net > 0 ? PRAISE_COLOUR : net < 0 ? CRITICISM_COLOUR : EVEN_COLOUR;
}

/** Stroke width by volume (stances on the edge): 1 for one stance, growing with the logarithm so a 100-stance edge stays drawable. */
export function strokeWidth(volume: number): number {
  return 1 + 1.5 * Math.log2(Math.max(1, volume));
}
