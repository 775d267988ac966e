import { beforeAll, describe, expect, it } from 'vitest';
import { createSearcher, prepareQuery, type Searcher } from '../../src/lib/search/engine';
import { foldForSearch } from '../../src/lib/search/fold';
import { highlightSegments, snippet } from '../../src/lib/search/highlight';
import { requireDist, searchIndex } from '../support/dist';

let searcher: Searcher;
beforeAll(() => {
	requireDist();
	searcher = createSearcher(searchIndex());
});

const HOSTILE: string[] = [
	'',
	'   ',
	'\t\n',
	'.*',
	'(',
	'[a-z]+$^',
	'\\',
	'a|b',
	"'; DROP TABLE sources; --",
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'"><svg onload=alert(1)>',
	'{{constructor.constructor("alert(1)")()}}',
	'__proto__',
	'constructor',
	'x'.repeat(10_000),
	'chicago '.repeat(2_000),
	'🏛️⚖️🗽',
	'שיקגו',
	'شيكاغو',
	'\u202Echicago',
	'\u0000\u0001',
	'%00%3Cscript%3E',
	"!'^=$",
];

describe('hostile queries', () => {
	it.each(
		HOSTILE.map((q) => [
			q.length > 40 ? `${q.slice(0, 30)}… (${q.length} chars)` : JSON.stringify(q),
			q,
		])
	)('%s: no exception, results are plain records', (_label, query) => {
		// Tests never time things: a blow-up on a long pattern would show in `npm run bench` and as a
		// test timeout, not as a timing assertion that fails on a busy machine.
		const hits = searcher.search(query, 20);
		expect(Array.isArray(hits)).toBe(true);
		expect(hits.length).toBeLessThanOrEqual(20);
		for (const hit of hits) expect(typeof hit.record.u).toBe('string');
	});

	it('finds nothing for markup, regex and empty queries', () => {
		for (const q of ['', '   ', '<script>alert(1)</script>', '.*', '\\', '🏛️⚖️🗽']) {
			expect(searcher.search(q)).toEqual([]);
		}
	});

	it('bounds the query length', () => {
		expect(prepareQuery('x'.repeat(10_000)).length).toBeLessThanOrEqual(64);
		expect(prepareQuery(undefined)).toBe('');
		expect(prepareQuery({ toString: () => 'chicago' })).toBe('');
	});

	it('still answers a real query padded with hostile characters', () => {
		expect(searcher.search('<b>Chicago</b>')[0]?.record.u).toBe('/jurisdictions/chicago/');
	});
});

describe('folding and highlighting', () => {
	it('folds legal citations and accents to one form', () => {
		expect(foldForSearch('8 U.S.C. § 1373')).toBe('8 usc 1373');
		expect(foldForSearch('§1373')).toBe('1373');
		expect(foldForSearch('287(g)')).toBe('287g');
		expect(foldForSearch('Local Law 228')).toBe('ll 228');
		expect(foldForSearch('Chapter 41.6.1')).toBe('chapter 41.6.1');
		expect(foldForSearch('§ 9-131(b)')).toBe('9.131b');
		expect(foldForSearch('Giménez')).toBe('gimenez');
	});

	it('highlights accent-insensitively and keeps markup as text', () => {
		expect(highlightSegments('Mayor Carlos Giménez', 'gimenez')).toEqual([
			{ text: 'Mayor Carlos ', match: false },
			{ text: 'Giménez', match: true },
		]);
		expect(highlightSegments('ICE detainers; Detainer', 'detainer')).toEqual([
			{ text: 'ICE ', match: false },
			{ text: 'detainer', match: true },
			{ text: 's; ', match: false },
			{ text: 'Detainer', match: true },
		]);
		const segments = highlightSegments('a <b>bold</b> claim', '<b>');
		expect(segments.map((s) => s.text).join('')).toBe('a <b>bold</b> claim');
	});

	it('cuts snippets around the first match', () => {
		const text = `${'word '.repeat(60)}Rikers Island ${'more '.repeat(60)}`;
		const cut = snippet(text, 'rikers', 80);
		expect(cut).toContain('Rikers');
		expect(cut.startsWith('…')).toBe(true);
		expect(cut.length).toBeLessThan(100);
	});
});
