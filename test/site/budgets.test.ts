import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	eagerAssetBytes,
	gzipBytes,
	searchJsGzip,
	SCRIPTS,
	STYLESHEETS,
} from '../../scripts/site-bytes.mjs';
import { searchedForms } from '../../src/lib/search/engine';
import { filesFor, shardUrl, type SearchHead, type WordShard } from '../../src/lib/search/shards';
import { DIST, htmlFiles, requireDist } from '../support/dist';
import relevance from '../search/relevance-set.json';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, number>;
beforeAll(requireDist);

describe('size budgets (bytes, from budgets.json)', () => {
	it('no query of the relevance set fetches more search data than the budget', () => {
		const head = JSON.parse(
			readFileSync(join(DIST, 'search-shards', 'head.json'), 'utf8')
		) as SearchHead;
		const sizes = new Map<string, number>();
		const bytesOf = (key: string) => {
			if (!sizes.has(key)) sizes.set(key, gzipBytes(readFileSync(join(DIST, shardUrl(key)))));
			return sizes.get(key)!;
		};
		for (const { q: query } of relevance.queries) {
			// As the worker does: the head, the query's word shards, then the chunks they select.
			const keys = filesFor(
				searchedForms(query),
				head,
				(key) => JSON.parse(readFileSync(join(DIST, shardUrl(key)), 'utf8')) as WordShard
			);
			const bytes = bytesOf('head') + keys.reduce((sum, key) => sum + bytesOf(key), 0);
			expect(bytes, `"${query}" fetches ${keys.join(', ') || 'the head only'}`).toBeLessThanOrEqual(
				budgets['searchQueryGzip']!
			);
		}
	});

	it('the search code stays within budget', () => {
		expect(searchJsGzip(DIST)).toBeLessThanOrEqual(budgets['searchJsGzip']!);
	});

	it('content pages load only the small search loader, CSS and HTML within budget', () => {
		for (const file of htmlFiles()) {
			const html = readFileSync(join(DIST, file), 'utf8');
			expect(eagerAssetBytes(DIST, html, SCRIPTS).zipped, `${file} JS`).toBeLessThanOrEqual(
				budgets['contentPageJsGzip']!
			);
			expect(eagerAssetBytes(DIST, html, STYLESHEETS).zipped, `${file} CSS`).toBeLessThanOrEqual(
				budgets['cssGzip']!
			);
			expect(gzipBytes(Buffer.from(html)), `${file} HTML`).toBeLessThanOrEqual(
				budgets['largestPageGzip']!
			);
		}
	});
});
