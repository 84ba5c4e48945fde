import { allHotlines } from '~/data/hotlines';
import type { Locale } from '~/i18n/locales';
import { en } from '~/i18n/ui/en';
import { kk } from '~/i18n/ui/kk';
import { ru } from '~/i18n/ui/ru';
import type { UIDictionary } from '~/i18n/ui/types';
import { uz } from '~/i18n/ui/uz';
import { validateDictionaries } from '~/i18n/ui/validateDictionaries';

/**
 * All UI dictionaries, checked once at load: a missing or extra key anywhere, or a help-line
 * number typed into a string, fails the build.
 */
export const dictionaries: Record<Locale, UIDictionary> = validateDictionaries(
  { kk, ru, en, uz },
  allHotlines.map((line) => line.display),
);
