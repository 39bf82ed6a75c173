/**
 * The "five goods" star rating (对标定级, seed 002): a branch's score out of 100 gives its grade.
 * The common scale is ≥90 five stars, 80–89 four, 70–79 three, 60–69 lagging (后进); below 60,
 * or with a veto item, a branch is weak and lax (软弱涣散). A province may set other floors: the
 * `ratingScale` setting holds them, highest grade first.
 */
export const RATING_GRADES = ["five", "four", "three", "lagging", "weak"] as const;
export type TRatingGrade = (typeof RATING_GRADES)[number];

/** The floors of every grade but the last, highest first. */
export const RATING_SCALE: readonly number[] = [90, 80, 70, 60];

/** The grade of a score under a scale; a veto item makes any score weak and lax. */
export function ratingGrade(score: number, scale: readonly number[] = RATING_SCALE, vetoed = false): TRatingGrade {
  if (vetoed) return "weak";
  const i = scale.findIndex((floor) => score >= floor);
  return i < 0 ? "weak" : RATING_GRADES[i]!;
}
