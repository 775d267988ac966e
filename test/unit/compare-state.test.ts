import { describe, expect, it } from 'vitest';
import { formatCompareState, parseCompareState } from '../../src/lib/compare-state';

const vocabulary = {
	jurisdictions: ['new-york-city', 'chicago', 'cook-county', 'philadelphia', 'new-orleans'],
	states: ['NY', 'IL', 'PA', 'LA'],
	kinds: ['city', 'county'],
	dimensions: new Map([
		['detainers', ['not-honoured', 'honoured']],
		['state-law', ['limits']],
	]),
};

describe('parseCompareState', () => {
	it('reads the selection, sort and filters', () => {
		const state = parseCompareState(
			'?j=new-york-city,chicago&sort=detainers&state=IL&kind=city&v=detainers:not-honoured',
			vocabulary
		);
		expect(state).toEqual({
			date: '',
			selected: ['new-york-city', 'chicago'],
			sort: 'detainers',
			state: 'IL',
			kind: 'city',
			values: { detainers: 'not-honoured' },
			problems: [],
		});
	});

	it('drops unknown slugs, values and duplicates with a clear message, never throwing', () => {
		const state = parseCompareState(
			'j=chicago,atlantis,chicago,<script>&sort=height&state=ZZ&v=detainers:maybe&v=nonsense',
			vocabulary
		);
		expect(state.selected).toEqual(['chicago']);
		expect(state.sort).toBe('');
		expect(state.state).toBe('');
		expect(state.values).toEqual({});
		expect(state.problems).toEqual([
			{ key: 'jurisdiction', value: 'atlantis' },
			{ key: 'jurisdiction', value: '<script>' },
			{ key: 'sort', value: 'height' },
			{ key: 'state', value: 'ZZ' },
			{ key: 'filter', value: 'detainers:maybe' },
			{ key: 'filter', value: 'nonsense' },
		]);
	});

	it('reads an as-of date and rejects impossible ones in words', () => {
		expect(parseCompareState('date=2013-06-30', vocabulary).date).toBe('2013-06-30');
		const bad = parseCompareState('date=2013-02-30', vocabulary);
		expect(bad.date).toBe('');
		expect(bad.problems).toEqual([{ key: 'date', value: '2013-02-30' }]);
	});

	it('caps the side-by-side selection at four', () => {
		const state = parseCompareState(
			'j=new-york-city,chicago,cook-county,philadelphia,new-orleans',
			vocabulary
		);
		expect(state.selected).toHaveLength(4);
		expect(state.problems[0]).toEqual({ key: 'too-many', value: 4 });
	});

	it('survives malformed query strings', () => {
		for (const q of ['', '?', '%E0%A4%A', 'j=%', '&&&=', 'j=,,,', `j=${'x'.repeat(5000)}`]) {
			expect(() => parseCompareState(q, vocabulary)).not.toThrow();
		}
	});

	it('round-trips through formatCompareState', () => {
		const state = parseCompareState(
			'j=chicago,cook-county&sort=detainers&v=state-law:limits',
			vocabulary
		);
		expect(formatCompareState(state)).toBe(
			'j=chicago,cook-county&sort=detainers&v=state-law:limits'
		);
		expect(parseCompareState(formatCompareState(state), vocabulary)).toEqual(state);
	});
});

describe('compareData', () => {
	it('gives each cell’s answers over time with details and links to each page’s source list', async () => {
		const { compareData } = await import('../../src/lib/compare-data');
		const { segmentOn } = await import('../../src/lib/answer-segments');
		const { loadContent } = await import('../support/load-content');
		const { dataset } = loadContent('test/fixtures/valid');
		const data = compareData(dataset, '2026-11-23');
		expect(data.today).toBe('2026-11-23');
		expect(data.dimensions).toHaveLength(9);
		const city = data.jurisdictions.find((c) => c.id === 'fixture-city')!;
		expect(segmentOn(city.cells[0]!, data.today)).toMatchObject({
			value: 'judicial-warrant-and-criteria',
			since: 'November 14, 2014 (passed by the legislature or council)',
			status: 'In effect',
			sources: [
				{
					href: '/jurisdictions/fixture-city/#source-fixture-ordinance-2014',
					label: 'Fixture City Council, 2014, § 2(b)',
				},
			],
		});
	});
});
