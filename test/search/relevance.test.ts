import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearcher, type Searcher } from '../../src/lib/search/engine';
import type { SearchRecord } from '../../src/lib/search/record-types';
import { DIST, requireDist } from '../support/dist';

let searcher: Searcher;
beforeAll(() => {
	requireDist();
	const records = JSON.parse(readFileSync(`${DIST}/search-index.json`, 'utf8')) as SearchRecord[];
	searcher = createSearcher(records);
});

const urls = (query: string, n: number) => searcher.search(query, n).map((h) => h.record.u);

/** Query → the URL the first result must have. */
const FIRST: [string, string][] = [
	['Chicgo', '/jurisdictions/chicago/'],
	['Philidelphia', '/jurisdictions/philadelphia/'],
	['New Orelans', '/jurisdictions/new-orleans/'],
	['NYC', '/jurisdictions/new-york-city/'],
	['NOLA', '/jurisdictions/new-orleans/'],
	['Philly', '/jurisdictions/philadelphia/'],
	['OPSO', '/jurisdictions/orleans-parish/'],
	['NYPD', '/jurisdictions/new-york-city/'],
	['chicago', '/jurisdictions/chicago/'],
	['Cook County', '/jurisdictions/cook-county/'],
	['ICE hold', '/glossary/#detainer'],
	['Byrne JAG', '/glossary/#byrne-jag'],
	['1373', '/glossary/#section-1373'],
	['§1373', '/glossary/#section-1373'],
	['8 USC 1373', '/glossary/#section-1373'],
	['287(g)', '/glossary/#section-287g'],
	['287g', '/glossary/#section-287g'],
	['SB 54', '/jurisdictions/california/'],
];

/** Query → a pattern one of the first three result URLs must match. */
const TOP3: [string, RegExp][] = [
	['detainr', /^\/glossary\/#detainer$/],
	['287(g)', /^\/policies\/287g-agreements\/$/],
	['Local Law 228', /local-law-228|ll228|new-york-city/],
	['LL 228', /local-law-228|ll228|new-york-city/],
	['41.6.1', /new-orleans/],
	['9-131', /new-york-city/],
	['Landrieu', /new-orleans/],
	['de Blasio', /new-york-city/],
	['Sessions', /sessions/],
	['Orrick', /orrick|\/timeline\//],
	['Gimenez', /miami-dade-county/],
	['rikers', /new-york-city/],
	['Chicgo police', /chicago/],
];

describe('search relevance on the real index', () => {
	it.each(FIRST)('%s → first result %s', (query, url) => {
		expect(urls(query, 5)[0]).toBe(url);
	});

	it.each(TOP3)('%s → %s in the top 3', (query, pattern) => {
		expect(
			urls(query, 3).some((u) => pattern.test(u)),
			urls(query, 3).join(', ')
		).toBe(true);
	});

	it('ranks the exact name above passing mentions', () => {
		const hits = searcher.search('Illinois', 10);
		expect(hits[0]!.record.u).toBe('/jurisdictions/illinois/');
		const firstSource = hits.findIndex((h) => h.record.y === 'source');
		expect(firstSource === -1 || firstSource > 0).toBe(true);
	});
});
