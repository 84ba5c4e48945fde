/** WCAG 2.0–2.2 A and AA, plus axe's best practices. No rule is disabled anywhere. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
