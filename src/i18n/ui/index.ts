import type { Locale } from '../locales';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { UIDictionary } from './types';
import { validateDictionaries } from './validateDictionaries';

/** All UI dictionaries, checked once at load: a missing or extra key anywhere fails the build. */
export const dictionaries: Record<Locale, UIDictionary> = validateDictionaries({ kk, ru, en });
