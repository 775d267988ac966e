import type { SearchHit, SearchResult } from '../lib/search/engine';
import { MIN_QUERY_LENGTH, RECORD_TYPES, type RecordType } from '../lib/search/record-types';
import { counterpartHref } from '../lib/urls';
import { describeCount, renderHitContent, searchSession, warmSearch } from './search-client';
import { readSearchStrings } from './search-strings';

const DEBOUNCE_MS = 120;

/** Position of the best hit of a type in the ranked list (Infinity when there is none). */
function rankOf(hits: readonly SearchHit[], type: RecordType): number {
	const at = hits.findIndex((h) => h.record.y === type);
	return at === -1 ? Infinity : at;
}

/**
 * Runs the /search/ page: reads ?q=, shows results grouped by type as the reader types, and keeps
 * the query in the URL so a search can be shared, bookmarked and reached with the back button.
 */
export function enhanceSearchPage(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const results = root.querySelector<HTMLElement>('[data-search-results]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const browse = root.querySelector<HTMLElement>('[data-search-browse]');
	let timer: ReturnType<typeof setTimeout> | undefined;
	const search = searchSession();
	const strings = readSearchStrings(root);

	const show = (query: string) =>
		search(query, 50, (result, final) => render(result, query, final));
	const render = ({ hits, ignored }: SearchResult, query: string, final: boolean) => {
		results.replaceChildren();
		results.setAttribute('aria-busy', String(!final));
		status.textContent = describeCount(hits.length, query, ignored, final, strings);
		const hasQuery = query.trim().length >= MIN_QUERY_LENGTH;
		if (browse) browse.hidden = hasQuery;
		root.toggleAttribute('data-has-query', hasQuery);
		// Groups follow the ranking: the group holding the best match comes first, so a question such
		// as "does Philadelphia honor detainers" opens on the card that answers it.
		const types = [...RECORD_TYPES].sort(
			(a, b) =>
				rankOf(hits, a) - rankOf(hits, b) || RECORD_TYPES.indexOf(a) - RECORD_TYPES.indexOf(b)
		);
		for (const type of types) {
			const group = hits.filter((h) => h.record.y === type);
			if (group.length === 0) continue;
			const section = document.createElement('section');
			const heading = document.createElement('h2');
			heading.textContent = `${strings.types[type]} (${group.length})`;
			const list = document.createElement('ol');
			list.className = 'search-results';
			for (const hit of group) {
				const item = document.createElement('li');
				const link = document.createElement('a');
				// The index is one for both editions: a result links to its page in the reader's language
				// where that page is published.
				link.href = counterpartHref(hit.record.u, strings.locale);
				renderHitContent(link, hit, query, strings);
				item.append(link);
				list.append(item);
			}
			section.append(heading, list);
			results.append(section);
		}
	};
	const syncUrl = (query: string, mode: 'push' | 'replace') => {
		const url = new URL(window.location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		if (url.href === window.location.href) return;
		if (mode === 'push') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	};

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			syncUrl(input.value, 'replace');
			show(input.value);
		}, DEBOUNCE_MS);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		syncUrl(input.value, 'push');
		show(input.value);
	});
	window.addEventListener('popstate', () => {
		input.value = new URL(window.location.href).searchParams.get('q') ?? '';
		show(input.value);
	});
	// The reader may have typed before this script ran: keep what they typed over the URL's query.
	if (!input.value) input.value = new URL(window.location.href).searchParams.get('q') ?? '';
	if (input.value) show(input.value);
	else warmSearch();
}
