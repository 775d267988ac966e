import { RECORD_TYPE_LABELS, type RecordType } from '../lib/search/record-types';
import type { Locale } from '../lib/urls';

/**
 * The words a search box shows around its results, in the page's language: the search page gets
 * them from the string tables (content/i18n); the header box gets them on Spanish pages only, and
 * English pages, which are most pages, ship none and use these.
 */
export interface SearchStrings {
	locale: Locale;
	types: Record<RecordType, string>;
	/** `{n}` results, singular and plural. */
	one: string;
	other: string;
	/** Templates with `{count}`, `{query}` and `{words}` slots. */
	searching: string;
	none: string;
	found: string;
	ignored: string;
	/** The header list's last option, to the search page. */
	seeAll: string;
}

/** The English words, for boxes whose page passes none. */
export const ENGLISH_SEARCH_STRINGS: SearchStrings = {
	locale: 'en',
	types: RECORD_TYPE_LABELS,
	one: '{n} result',
	other: '{n} results',
	searching: 'Searching… {count} so far for “{query}”.',
	none: 'No results for “{query}”. Try a place name, a law number or a person.',
	found: '{count} for “{query}”.',
	ignored: 'No results for {words}; showing {count} for the other words of “{query}”.',
	seeAll: 'See all results for “{query}”',
};

/** The strings a page put in `data-search-strings` (JSON), else the English ones. */
export function readSearchStrings(root: HTMLElement): SearchStrings {
	const json = root.dataset['searchStrings'];
	return json ? (JSON.parse(json) as SearchStrings) : ENGLISH_SEARCH_STRINGS;
}
