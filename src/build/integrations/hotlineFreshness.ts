import type { AstroIntegration } from 'astro';
import { findStaleHotlines, HOTLINE_FRESH_DAYS } from '~/utils/findStaleHotlines';
import { allHotlines } from '~/data/hotlines';

/** Warns at every build about help lines whose last check is older than HOTLINE_FRESH_DAYS days. */
export function hotlineFreshness(): AstroIntegration {
  return {
    name: 'hotline-freshness',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const stale = findStaleHotlines(allHotlines, new Date());
        if (stale.length === 0) return;
        logger.warn(
          `${stale.length} help line(s) last checked more than ${HOTLINE_FRESH_DAYS} days ago; check them again ` +
            `and update lastChecked in content/hotlines.yaml (npm run check:hotlines lists all):\n` +
            stale.map((line) => `  ${line.id}: last checked ${line.lastChecked.toISOString().slice(0, 10)}`).join('\n'),
        );
      },
    },
  };
}
