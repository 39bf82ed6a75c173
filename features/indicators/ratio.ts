/** An indicator value always travels with its parts; the ratio is null when nothing is due. */
export type TRatio = { numerator: number; denominator: number; value: number | null };

export function ratio(numerator: number, denominator: number): TRatio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
