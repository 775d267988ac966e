import { describe, expect, it } from 'vitest';
import { listPageParam, listPageUrl, paginate } from '../../src/lib/paging';

describe('paged logs', () => {
	it('splits a list in order into pages of at most the given size', () => {
		const pages = paginate([1, 2, 3, 4, 5], 2);
		expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
		expect(pages.map((p) => [p.page, p.pages])).toEqual([
			[1, 3],
			[2, 3],
			[3, 3],
		]);
	});

	it('keeps one page for a short or empty list, so the log’s own address always exists', () => {
		expect(paginate([1, 2], 2)).toEqual([{ page: 1, pages: 1, items: [1, 2] }]);
		expect(paginate([], 2)).toEqual([{ page: 1, pages: 1, items: [] }]);
	});

	it('page 1 is the log’s own address; later pages are numbered below it', () => {
		expect(listPageUrl('/changes/', 1)).toBe('/changes/');
		expect(listPageUrl('/changes/', 3)).toBe('/changes/3/');
		expect(listPageParam(1)).toBeUndefined();
		expect(listPageParam(3)).toBe('3');
	});
});
