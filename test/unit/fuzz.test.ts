import { describe, expect, it } from 'vitest';
import { formatCompareState, parseCompareState } from '../../src/lib/compare-state';
import { parseTimelineState } from '../../src/lib/timeline-state';
import { createSearcher } from '../../src/lib/search/engine';
import { highlightSegments, snippet } from '../../src/lib/search/highlight';
import { buildSearchRecords } from '../../src/lib/search/records';
import { loadContent } from '../support/load-content';

const vocabulary = {
	jurisdictions: ['new-york-city', 'chicago'],
	states: ['NY', 'IL'],
	kinds: ['city', 'county'],
	dimensions: new Map([['detainers', ['not-honoured', 'honoured']]]),
};

/** A small seeded generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Pieces a hostile URL or query is made of: names of Object.prototype members, syntax, odd Unicode. */
const PIECES = [
	'j=',
	'v=',
	'sort=',
	'state=',
	'kind=',
	'date=',
	'&',
	'?',
	':',
	',',
	'=',
	'%',
	'%00',
	'%E0%A4%A',
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'prototype',
	'detainers',
	'honoured',
	'chicago',
	'NY',
	'city',
	'2013-02-30',
	'9999-99-99',
	'<script>',
	'"',
	"'",
	'\\',
	'\u0000',
	'\u202E',
	'🗽',
	'\uD800',
	' ',
	'+',
	'#',
	'.*',
	'(',
];

function randomString(next: () => number): string {
	const count = Math.floor(next() * 12);
	let text = '';
	for (let i = 0; i < count; i++) {
		text +=
			next() < 0.8
				? PIECES[Math.floor(next() * PIECES.length)]
				: String.fromCharCode(Math.floor(next() * 0xffff));
	}
	return text;
}

describe('URL state parsers treat the URL as untrusted data', () => {
	it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
		'v=%s:x gets a message, never an exception',
		(key) => {
			const state = parseCompareState(`?v=${key}:x&sort=${key}&j=${key}`, vocabulary);
			expect(state.values).toEqual({});
			expect(Object.getPrototypeOf(state.values)).toBe(Object.prototype);
			expect(state.sort).toBe('');
			expect(state.problems).toEqual([
				{ key: 'jurisdiction', value: key },
				{ key: 'sort', value: key },
				{ key: 'filter', value: `${key}:x` },
			]);
		}
	);

	it('never throws on 5,000 random query strings and keeps only known ids', () => {
		const next = random(20261129);
		for (let i = 0; i < 5000; i++) {
			const query = randomString(next);
			const state = parseCompareState(query, vocabulary);
			expect(vocabulary.jurisdictions).toEqual(expect.arrayContaining(state.selected));
			for (const [dimension, value] of Object.entries(state.values)) {
				expect(vocabulary.dimensions.get(dimension)).toContain(value);
			}
			// What the page writes back to the URL reads back as the same state, without problems.
			const again = parseCompareState(formatCompareState(state), vocabulary);
			expect(again.problems).toEqual([]);
			expect({ ...again, problems: [] }).toEqual({ ...state, problems: [] });
		}
	});
});

describe('the timeline filter treats the URL as untrusted data', () => {
	const known = { jurisdictions: ['chicago'], kinds: ['court-ruling'] };

	it('reports each unknown part in words', () => {
		expect(parseTimelineState('?j=__proto__&kind=constructor', known)).toEqual({
			j: '',
			kind: '',
			problems: [
				'Unknown jurisdiction “__proto__” was ignored; all are shown.',
				'Unknown kind of event “constructor” was ignored; all are shown.',
			],
		});
		expect(parseTimelineState('j=chicago&kind=court-ruling', known).problems).toEqual([]);
	});

	it('never throws on 5,000 random query strings and keeps only known values', () => {
		const next = random(11);
		for (let i = 0; i < 5000; i++) {
			const state = parseTimelineState(randomString(next), known);
			expect(['', ...known.jurisdictions]).toContain(state.j);
			expect(['', ...known.kinds]).toContain(state.kind);
		}
	});
});

describe('the search box survives random input', () => {
	const { dataset } = loadContent('test/fixtures/valid');
	const searcher = createSearcher(buildSearchRecords(dataset, new Map(), '2026-11-23'));

	it('answers 2,000 random queries with plain records and highlights that keep the text', () => {
		const next = random(7);
		for (let i = 0; i < 2000; i++) {
			const query = randomString(next);
			const hits = searcher.search(query, 10);
			expect(hits.length).toBeLessThanOrEqual(10);
			for (const hit of hits) {
				expect(hit.record.u.startsWith('/')).toBe(true);
				const segments = highlightSegments(hit.record.n, query);
				expect(segments.map((s) => s.text).join('')).toBe(hit.record.n);
				expect(typeof snippet(hit.record.x, query)).toBe('string');
			}
		}
	});
});
