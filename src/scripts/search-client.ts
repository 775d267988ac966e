import {
	createSearcher,
	type SearchHit,
	type SearchResult,
	type Searcher,
} from '../lib/search/engine';
import { highlightSegments, snippet } from '../lib/search/highlight';
import { RECORD_TYPE_LABELS, type SearchRecord } from '../lib/search/record-types';

let loading: Promise<Searcher> | undefined;

/** Fetches the index once per page and builds the searcher; the index is never loaded before this. */
export function loadSearcher(): Promise<Searcher> {
	loading ??= fetch('/search-index.json')
		.then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.json() as Promise<SearchRecord[]>;
		})
		.then(createSearcher);
	return loading;
}

/**
 * Runs one search and records its duration as a `performance` measure named `atlas-search`, which
 * the benchmark script reads in a real browser.
 */
export function timedSearch(searcher: Searcher, query: string, limit: number): SearchResult {
	const start = performance.now();
	const result = searcher.searchDetailed(query, limit);
	performance.measure('atlas-search', { start });
	return result;
}

/**
 * Appends `text` to `parent` with the query's words wrapped in <mark>, as text nodes only: nothing
 * from the query or the data is ever parsed as HTML.
 */
export function appendHighlighted(parent: HTMLElement, text: string, query: string): void {
	for (const segment of highlightSegments(text, query)) {
		if (segment.match) {
			const mark = document.createElement('mark');
			mark.textContent = segment.text;
			parent.append(mark);
		} else {
			parent.append(document.createTextNode(segment.text));
		}
	}
}

/** Builds the inner content of one result: type label, highlighted title, context and snippet. */
export function renderHitContent(container: HTMLElement, hit: SearchHit, typed: string): void {
	const { record } = hit;
	const query = `${typed} ${hit.terms.join(' ')}`;
	const type = document.createElement('span');
	type.className = 'search-type';
	type.textContent = RECORD_TYPE_LABELS[record.y];
	const title = document.createElement('span');
	title.className = 'search-title';
	appendHighlighted(title, record.n, query);
	container.append(type, ' ', title);
	if (record.c) {
		const context = document.createElement('span');
		context.className = 'search-context';
		context.textContent = record.c;
		container.append(' ', context);
	}
	if (!record.x) return;
	const text = document.createElement('span');
	text.className = 'search-snippet';
	appendHighlighted(text, snippet(record.x, query), query);
	container.append(text);
}

/**
 * Plain-language count for screen readers and the results page; says which words found nothing and
 * were left out, so a reader knows what the results are for.
 */
export function describeCount(
	count: number,
	query: string,
	ignored: readonly string[] = []
): string {
	if (query.trim().length === 0) return '';
	if (count === 0) return `No results for “${query}”. Try a place name, a law number or a person.`;
	const results = `${count} result${count === 1 ? '' : 's'}`;
	if (ignored.length === 0) return `${results} for “${query}”.`;
	const left = ignored.map((w) => `“${w}”`).join(', ');
	return `No results for ${left}; showing ${results} for the other words of “${query}”.`;
}
