/** `v` rounded to three decimals: the precision of every score and evidence weight plaudit reports. */
export function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
