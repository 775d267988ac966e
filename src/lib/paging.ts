/** One page of a long list: its 1-based number, how many pages there are, and its items. */
export interface ListPage<T> {
	page: number;
	pages: number;
	items: T[];
}

/**
 * The most items one page of a site-wide log (changes, corrections) shows: about 150 KB of HTML,
 * so every page stays small however many jurisdictions the site covers; at today's coverage the
 * whole log fits on its first page.
 */
export const LOG_PAGE_ITEMS = 500;

/**
 * Splits a list, in its order, into pages of at most `perPage` items; an empty list is one empty
 * page, so a log's first page always exists.
 * @param items The whole list.
 * @param perPage Items per page.
 */
export function paginate<T>(items: readonly T[], perPage = LOG_PAGE_ITEMS): ListPage<T>[] {
	const pages = Math.max(1, Math.ceil(items.length / perPage));
	return Array.from({ length: pages }, (_, index) => ({
		page: index + 1,
		pages,
		items: items.slice(index * perPage, (index + 1) * perPage),
	}));
}

/** The path of page `page` of a log at `base` (e.g. `/changes/`): the base itself for page 1. */
export function listPageUrl(base: string, page: number): string {
	return page === 1 ? base : `${base}${page}/`;
}

/** The route parameter of a page: undefined for the first, so it is the log's own address. */
export function listPageParam(page: number): string | undefined {
	return page === 1 ? undefined : String(page);
}
