import ContentLink from '~/components/mdx/ContentLink.astro';
import Hotline from '~/components/mdx/Hotline.astro';
import HotlineSays from '~/components/mdx/HotlineSays.astro';
import PullQuote from '~/components/mdx/PullQuote.astro';
import RiskDiagram from '~/components/mdx/RiskDiagram.astro';
import Term from '~/components/mdx/Term.astro';
import Timeline from '~/components/mdx/Timeline.astro';
import TimelineItem from '~/components/mdx/TimelineItem.astro';
import type { Locale } from '~/i18n/locales';

/**
 * The same Astro component with some props fixed. Astro renders any function marked
 * `isAstroComponentFactory` as a component (astro/dist/runtime/server/render/astro/factory.js);
 * used only for components without styles or scripts of their own. Internal, kept because MDX
 * components get no props from the page that renders them and a wrapper file per component and
 * language would repeat each one; tests/unit/components/astroInternals.test.ts fails if it changes.
 */
function withProps<Component>(component: Component, fixed: Record<string, unknown>): Component {
  const render = component as unknown as (result: unknown, props: object, slots: unknown) => unknown;
  return Object.assign(
    (result: unknown, props: object, slots: unknown) => render(result, { ...props, ...fixed }, slots),
    {
      isAstroComponentFactory: true,
    },
  ) as unknown as Component;
}

/**
 * Components authors may use in MDX without importing them (see docs/authoring.md), for text
 * shown in `shownLang`. THE rule for fallback text (an entry shown in another language than the
 * reader's): everything inside the text speaks the text's language, so the `lang` around it is
 * true (the diagram's and the help line's words come in `shownLang`); every link leads to the
 * reader's language (`ContentLink` for Markdown links, `Term` for the glossary), so a reader is
 * never moved to another language without choosing it.
 */
export function mdxComponentsFor(shownLang: Locale) {
  return {
    a: ContentLink,
    Hotline: withProps(Hotline, { lang: shownLang }),
    HotlineSays: withProps(HotlineSays, { lang: shownLang }),
    PullQuote,
    RiskDiagram: withProps(RiskDiagram, { lang: shownLang }),
    Term,
    Timeline,
    TimelineItem,
  };
}
