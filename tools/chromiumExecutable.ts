import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium` when it
 * exists (machines without internet cannot download Playwright's own), else undefined so that
 * Playwright uses the browser it downloaded itself.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnvironment = process.env['CHROMIUM_PATH'];
  if (fromEnvironment) return fromEnvironment;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
