import type { Locator, Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';

/** The language switcher, found by its accessible name in the page's language (from the dictionaries). */
export function languageSwitcher(page: Page): Locator {
  const names = LOCALES.map((lang) => dictionaries[lang]['languageSwitcher.accessibleLabel']);
  return page.getByRole('navigation', { name: new RegExp(`^(${names.join('|')})$`) });
}
