/** Dispatched on the header link when the reader asks for search; the search app opens its dialog. */
export const SEARCH_OPEN_EVENT = 'search:open';
