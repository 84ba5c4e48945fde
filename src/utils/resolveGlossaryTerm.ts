import { FALLBACK_ORDER, type Locale } from '~/i18n/locales';
import type { GlossaryEntry } from '~/schemas/glossary';

/** A glossary term for one reader, with the language it is actually written in. */
export interface ResolvedTerm {
  term: string;
  definition: string;
  lang: Locale;
  isFallback: boolean;
}

/**
 * The term in the reader's language, or in the nearest language of `FALLBACK_ORDER` that has it
 * (only languages still being added may lack a term; see `partial`).
 */
export function resolveGlossaryTerm(entry: GlossaryEntry, readerLang: Locale): ResolvedTerm {
  for (const lang of FALLBACK_ORDER[readerLang]) {
    const text = entry[lang];
    if (text) return { ...text, lang, isFallback: lang !== readerLang };
  }
  throw new Error(
    `content/glossary.yaml: term "${entry.id}" has no text in any of ${FALLBACK_ORDER[readerLang].join(', ')}`,
  );
}
