import { RECORD_TYPES } from '../search/record-types';
import type { SearchStrings } from '../../scripts/search-strings';
import type { Locale } from '../urls';
import { pageStrings } from './load';

/**
 * The words a search box's script shows around its results (type labels, counts, live status), in
 * one language, from the search page's string table (content/i18n/es/pages/search.yaml).
 */
export function searchStrings(locale: Locale): SearchStrings {
	const t = pageStrings(locale, 'search');
	return {
		locale,
		types: Object.fromEntries(
			RECORD_TYPES.map((y) => [y, t(`type.${y}`)])
		) as SearchStrings['types'],
		one: t('results.one'),
		other: t('results.other'),
		searching: t('status.searching'),
		none: t('status.none'),
		found: t('status.found'),
		ignored: t('status.ignored'),
		seeAll: t('see-all'),
	};
}
