import Hotline from './Hotline.astro';
import PullQuote from './PullQuote.astro';
import RiskDiagram from './RiskDiagram.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';
import TimelineItem from './TimelineItem.astro';

/** Components authors may use in MDX without importing them (see docs/authoring.md). */
export const mdxComponents = { Hotline, PullQuote, RiskDiagram, Term, Timeline, TimelineItem };
