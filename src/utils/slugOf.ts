/** The slug of a localized entry id: `kk/risk-factors` → `risk-factors`. */
export function slugOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}
