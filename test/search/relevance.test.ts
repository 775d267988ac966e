import { beforeAll, describe, expect, it } from 'vitest';
import { createSearcher, type Searcher } from '../../src/lib/search/engine';
import { requireDist, searchIndex } from '../support/dist';
import relevance from './relevance-set.json';

let searcher: Searcher;
beforeAll(() => {
	requireDist();
	searcher = createSearcher(searchIndex());
});

const urls = (query: string, n: number) => searcher.search(query, n).map((h) => h.record.u);

interface Case {
	q: string;
	first?: string;
	top3?: string;
	kind: string;
}
const cases = relevance.queries as Case[];

describe('search relevance on the real index', () => {
	it('the relevance set is large and varied enough to mean something', () => {
		expect(cases.length).toBeGreaterThanOrEqual(80);
		expect(new Set(cases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(8);
		for (const c of cases) expect(Boolean(c.first) !== Boolean(c.top3), c.q).toBe(true);
	});

	it.each(cases.filter((c) => c.first).map((c) => [c.q, c.first!]))(
		'%s → first result matches %s',
		(query, pattern) => {
			const found = urls(query, 5);
			expect(found[0], found.join(', ')).toMatch(new RegExp(pattern));
		}
	);

	it.each(cases.filter((c) => c.top3).map((c) => [c.q, c.top3!]))(
		'%s → one of the first three matches %s',
		(query, pattern) => {
			const found = urls(query, 3);
			expect(
				found.some((u) => new RegExp(pattern).test(u)),
				found.join(', ')
			).toBe(true);
		}
	);

	it('ranks the exact name above passing mentions', () => {
		const hits = searcher.search('Illinois', 10);
		expect(hits[0]!.record.u).toBe('/jurisdictions/illinois/');
		const firstSource = hits.findIndex((h) => h.record.y === 'source');
		expect(firstSource === -1 || firstSource > 0).toBe(true);
	});
});

describe('multi-word queries never come back empty when some words are known', () => {
	it('drops a word that matches nothing and says which', () => {
		const { hits, ignored } = searcher.searchDetailed('xyzzy chicago', 5);
		expect(hits[0]!.record.u).toBe('/jurisdictions/chicago/');
		expect(ignored).toEqual(['xyzzy']);
	});

	it('does not report question and filler words as unknown', () => {
		const { hits, ignored } = searcher.searchDetailed('which cities refuse ICE detainers', 5);
		expect(hits.length).toBeGreaterThan(0);
		expect(ignored).toEqual([]);
	});

	it('a query of unknown words only finds nothing and reports nothing as ignored', () => {
		expect(searcher.searchDetailed('qwxv zzkp', 5)).toEqual({ hits: [], ignored: [] });
	});

	it('records covering more of the query come first', () => {
		const hits = searcher.search('philadelphia detainers', 10);
		const place = hits.findIndex((h) => h.record.u === '/jurisdictions/philadelphia/');
		const card = hits.findIndex((h) => h.record.u.endsWith('philadelphia/#policy-detainers'));
		expect(card).toBe(0);
		expect(place === -1 || place > card).toBe(true);
	});
});
