/** Percentages are rounded for display only; the stored and compared values stay exact. */
export function percent(value: number | null): string {
  return value === null ? "—" : `${(value * 100).toFixed(1)}%`;
}
