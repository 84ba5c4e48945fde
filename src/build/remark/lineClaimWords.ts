import type { Locale } from '../../i18n/locales.ts';

/** What a page may not say about a help line in its own words: the line's data says it. */
export const CLAIM_KINDS = ['cost', 'hours', 'anonymity', 'confidentiality', 'who answers'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * Words that state a line's cost, hours, anonymity, confidentiality or who answers, per
 * language. Stems, matched at the start of a word in any letter case, so that inflected forms
 * count («бесплатно», «бесплатный»; «тегін», «тегінде»). Kept short and specific: a false alarm
 * only asks the author to move the sentence out of the help line's paragraph.
 */
export const LINE_CLAIM_WORDS: Record<Locale, Record<ClaimKind, readonly string[]>> = {
  kk: {
    cost: ['тегін', 'ақысыз', 'ақылы'],
    hours: ['тәулік бойы', 'күндіз-түні', 'күні-түні', '24/7'],
    anonymity: ['аноним', 'атыңды айтп', 'атыңызды айтп', 'аты-жөні', 'жасырын'],
    confidentiality: ['құпия'],
    'who answers': ['психолог', 'заңгер'],
  },
  ru: {
    cost: ['бесплатн', 'платн'],
    hours: ['круглосуточн', 'днём и ночью', 'днем и ночью', 'в любое время', '24/7'],
    anonymity: ['аноним', 'не называя', 'называть себя'],
    confidentiality: ['конфиденциальн', 'в тайне', 'тайну'],
    'who answers': ['психолог', 'юрист', 'адвокат'],
  },
  en: {
    cost: ['free', 'no charge', 'costs nothing', 'cost nothing'],
    hours: ['24/7', 'around the clock', 'round the clock', 'day and night', 'any time of day'],
    anonymity: ['anonym', 'your name'],
    confidentiality: ['confidential', 'private', 'secret'],
    'who answers': ['psycholog', 'lawyer', 'counsellor', 'counselor'],
  },
  uz: {
    cost: ['bepul', 'tekin', 'pullik'],
    hours: ['kecha-kunduz', 'sutka davomida', '24/7'],
    anonymity: ['anonim', 'ismingizni', 'ismingni'],
    confidentiality: ['maxfiy', 'sir saqla', 'sir tut'],
    'who answers': ['psixolog', 'huquqshunos', 'yurist'],
  },
};

/** The first claim word in `text` for `lang`, with its kind, or undefined. */
export function findLineClaim(text: string, lang: Locale): { word: string; kind: ClaimKind } | undefined {
  for (const kind of CLAIM_KINDS) {
    for (const word of LINE_CLAIM_WORDS[lang][kind]) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu').exec(text);
      if (match) return { word: match[0], kind };
    }
  }
  return undefined;
}
