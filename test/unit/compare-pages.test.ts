import { describe, expect, it } from 'vitest';
import {
	answerCounts,
	comparePages,
	comparisonIsSplit,
	COMPARE_PAGE_ROWS,
} from '../../src/lib/compare-pages';
import { buildMatrix } from '../../src/lib/matrix';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('test/fixtures/valid');
const [city, state] = dataset.jurisdictions;
/** `count` copies of a fixture jurisdiction in `st`, with distinct ids. */
const copies = (count: number, st: string) =>
	Array.from({ length: count }, (_, i) => ({
		...city!,
		id: `${st.toLowerCase()}-${i}`,
		data: { ...city!.data, state: st },
	}));

describe('comparePages', () => {
	it('keeps the whole table on one page up to the row limit', () => {
		expect(comparisonIsSplit(dataset.jurisdictions)).toBe(false);
		expect(comparisonIsSplit(copies(COMPARE_PAGE_ROWS + 1, 'IL'))).toBe(true);
	});

	it('splits by state, states by name, each into pages of at most the limit, keeping order', () => {
		const all = [...copies(5, 'TX'), ...copies(3, 'IL'), ...copies(1, 'AK')];
		const pages = comparePages(all, 2);
		expect(pages.map((p) => [p.slug, p.page, p.pages, p.jurisdictions.length])).toEqual([
			['ak', 1, 1, 1],
			['il', 1, 2, 2],
			['il/2', 2, 2, 1],
			['tx', 1, 3, 2],
			['tx/2', 2, 3, 2],
			['tx/3', 3, 3, 1],
		]);
		expect(pages.flatMap((p) => p.jurisdictions.map((j) => j.id)).sort()).toEqual(
			all.map((j) => j.id).sort()
		);
	});
});

describe('answerCounts', () => {
	it('counts every answer of every question, zeros included, unrecorded apart', () => {
		const rows = buildMatrix([city!, state!], dataset.dimensions, '2026-11-23');
		const counts = answerCounts(rows, dataset.dimensions);
		expect(counts).toHaveLength(dataset.dimensions.length);
		for (const { dimension, counts: list } of counts) {
			expect(list.map((c) => c.valueId).slice(0, dimension.data.values.length)).toEqual(
				dimension.data.values.map((v) => v.id)
			);
			expect(list.reduce((n, c) => n + c.count, 0)).toBe(2);
		}
		// Before any record, every cell is unrecorded and counted as such.
		const early = answerCounts(
			buildMatrix([city!], dataset.dimensions, '1990-01-01'),
			dataset.dimensions
		);
		expect(early[0]!.counts.at(-1)).toMatchObject({ valueId: 'unrecorded', count: 1 });
	});
});
