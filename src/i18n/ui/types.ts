import type { UIKey } from '~/i18n/ui/kk';

/** A complete dictionary: every key of the Kazakh reference, nothing more. */
export type UIDictionary = Record<UIKey, string>;
export type { UIKey };
