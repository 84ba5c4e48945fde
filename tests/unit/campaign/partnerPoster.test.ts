import { describe, expect, it } from 'vitest';
import { posterContent } from '~/campaign/posterContent';
import { POSTER_FORMATS } from '~/campaign/posterFormats';
import { buildPosterModel } from '~/campaign/posterModel';
import { publishedHotlines } from '~/data/hotlines';
import type { PartnerForPrint } from '~/data/partners';
import { LOCALES } from '~/i18n/locales';
import { checkPartnerLogo } from '~/partners/checkPartnerLogo';
import { MAX_PARTNER_CONTACTS } from '~/schemas/partner';

const SITE = new URL('https://example.org/');
const local = (digits: string) => ({
  ...publishedHotlines[0]!,
  id: `local-${digits}`,
  number: digits,
  display: digits,
});

/** The largest partner the schema allows: a long name in every language, a wide logo, every contact it may list. */
const partner: PartnerForPrint = {
  id: 'largest',
  name: Object.fromEntries(
    LOCALES.map((lang) => [lang, 'Оңтүстік Қазақстан әйелдер бастамаларын қолдау жөніндегі қоғамдық қор']),
  ) as PartnerForPrint['name'],
  logo: 'largest.svg',
  logoSvg: checkPartnerLogo(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 40"><rect width="300" height="40"/></svg>',
    'x.svg',
  ),
  contacts: Array.from({ length: MAX_PARTNER_CONTACTS }, (_, index) => local(`8725200000${index}`)),
};

describe("a partner's posters and cards", () => {
  for (const lang of LOCALES)
    it(`fit every format in ${lang} with the largest partner, national numbers unchanged`, async () => {
      for (const format of POSTER_FORMATS) {
        const plain = buildPosterModel(await posterContent(lang, SITE), format);
        const model = buildPosterModel(await posterContent(lang, SITE, partner), format);
        const numbers = (m: typeof model) =>
          m.pages.flatMap((page) => page.items.filter((item) => item.kind === 'text' && item.role === 'number'));
        const national = (m: typeof model) =>
          numbers(m)
            .filter((item) => item.kind === 'text' && !item.text.startsWith('8'))
            .map((item) => item.kind === 'text' && [item.text, item.size]);
        expect(national(model), format.id).toEqual(national(plain));
        expect(model.pages.some((page) => page.items.some((item) => item.kind === 'logo'))).toBe(true);
      }
    });
});
