import type { UIKey } from './kk';

/** A complete dictionary: every key of the Kazakh reference, nothing more. */
export type UIDictionary = Record<UIKey, string>;
export type { UIKey };
