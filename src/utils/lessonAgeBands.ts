/** The age bands teachers filter by; a lesson belongs to every band its age range overlaps. */
export const AGE_BANDS = [
  { id: '10-12', min: 10, max: 12 },
  { id: '12-14', min: 12, max: 14 },
  { id: '15-17', min: 15, max: 17 },
] as const;

export type AgeBand = (typeof AGE_BANDS)[number];

/** Whether a lesson for ages `min`–`max` suits a band. */
export function fitsAgeBand(ages: { min: number; max: number }, band: { min: number; max: number }): boolean {
  return ages.min <= band.max && ages.max >= band.min;
}
