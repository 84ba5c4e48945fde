import Hotline from '~/components/mdx/Hotline.astro';
import PullQuote from '~/components/mdx/PullQuote.astro';
import RiskDiagram from '~/components/mdx/RiskDiagram.astro';
import Term from '~/components/mdx/Term.astro';
import Timeline from '~/components/mdx/Timeline.astro';
import TimelineItem from '~/components/mdx/TimelineItem.astro';

/** Components authors may use in MDX without importing them (see docs/authoring.md). */
export const mdxComponents = { Hotline, PullQuote, RiskDiagram, Term, Timeline, TimelineItem };
