import type { SearchHit, SearchResult } from '../lib/search/engine';
import { highlightSegments, snippet } from '../lib/search/highlight';
import { fillPlaceholders } from '../lib/i18n/placeholders';
import { ENGLISH_SEARCH_STRINGS, type SearchStrings } from './search-strings';
import type { SearchRequest, SearchResponse } from './search-worker';

let worker: Worker | undefined;
let tickets = 0;
const waiting = new Map<
	number,
	{ started: number; first: boolean; show: (r: SearchResult, final: boolean) => void }
>();

/** The search worker, started once per page; nothing of the index is fetched before this. */
function searchWorker(): Worker {
	if (!worker) {
		worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
			const { ticket, result, final } = event.data;
			const request = waiting.get(ticket);
			if (!request) return;
			// Measures read by the benchmark in a real browser: first answer, and the answer from every shard.
			if (request.first) performance.measure('atlas-search-first', { start: request.started });
			request.first = false;
			if (final) {
				performance.measure('atlas-search', { start: request.started });
				waiting.delete(ticket);
			}
			request.show(result, final);
		});
	}
	return worker;
}

/** Starts the worker and fetches the head shard, so the first keystroke finds places at once. */
export function warmSearch(): void {
	const request: SearchRequest = { ticket: ++tickets, query: '', limit: 0, warm: true };
	searchWorker().postMessage(request);
}

/**
 * A search function for one box: each call searches in the worker and calls `show` with each answer,
 * a quick one from the shards already loaded (`final` false), then the full one. Answers to the box's earlier calls
 * are dropped once a later one is made.
 */
export function searchSession(): (
	query: string,
	limit: number,
	show: (result: SearchResult, final: boolean) => void
) => void {
	let previous = 0;
	return (query, limit, show) => {
		waiting.delete(previous);
		const ticket = (previous = ++tickets);
		waiting.set(ticket, { started: performance.now(), first: true, show });
		const request: SearchRequest = { ticket, query, limit };
		searchWorker().postMessage(request);
	};
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

/**
 * Builds the inner content of one result: type label, highlighted title (in Spanish on the Spanish
 * page where the record has a Spanish title), context and snippet.
 */
export function renderHitContent(
	container: HTMLElement,
	hit: SearchHit,
	typed: string,
	strings: SearchStrings = ENGLISH_SEARCH_STRINGS
): void {
	const { record } = hit;
	const query = `${typed} ${hit.terms.join(' ')}`;
	const type = document.createElement('span');
	type.className = 'search-type';
	type.textContent = strings.types[record.y];
	const title = document.createElement('span');
	title.className = 'search-title';
	appendHighlighted(title, (strings.locale === 'es' && record.s) || record.n, query);
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
 * were left out, so a reader knows what the results are for, and when more are still coming.
 */
export function describeCount(
	count: number,
	query: string,
	ignored: readonly string[] = [],
	final = true,
	strings: SearchStrings = ENGLISH_SEARCH_STRINGS
): string {
	if (query.trim().length === 0) return '';
	const results = fillPlaceholders(count === 1 ? strings.one : strings.other, { n: count });
	const vars = { count: results, query, words: ignored.map((w) => `“${w}”`).join(', ') };
	// A quick answer from the places and questions already loaded, while the rest is fetched.
	if (!final) return fillPlaceholders(strings.searching, vars);
	if (count === 0) return fillPlaceholders(strings.none, vars);
	return fillPlaceholders(ignored.length === 0 ? strings.found : strings.ignored, vars);
}
