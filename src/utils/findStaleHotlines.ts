/** How long a check of a help line stays fresh. */
export const HOTLINE_FRESH_DAYS = 180;

/** Lines last checked more than `HOTLINE_FRESH_DAYS` days before `today`, oldest first. */
export function findStaleHotlines<Line extends { id: string; lastChecked: Date }>(
  lines: readonly Line[],
  today: Date,
): Line[] {
  const limit = today.getTime() - HOTLINE_FRESH_DAYS * 24 * 60 * 60 * 1000;
  return lines
    .filter((line) => line.lastChecked.getTime() < limit)
    .sort((a, b) => a.lastChecked.getTime() - b.lastChecked.getTime());
}
