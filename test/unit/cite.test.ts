import { describe, expect, it } from 'vitest';
import { pageCitation } from '../../src/lib/cite';

describe('pageCitation', () => {
	it('gives title, site, address and the three dates in words', () => {
		expect(
			pageCitation({
				title: 'Chicago',
				siteName: 'Immigration Enforcement Policy Atlas',
				url: 'https://sanctuary-atlas.example.org/jurisdictions/chicago/',
				lastReviewed: '2026-11-02',
				datasetDate: '2026-11-20',
				accessed: '2026-11-23',
			})
		).toBe(
			'Chicago. Immigration Enforcement Policy Atlas. https://sanctuary-atlas.example.org/jurisdictions/chicago/ (last reviewed November 2, 2026; dataset of November 20, 2026; accessed November 23, 2026).'
		);
	});
});
