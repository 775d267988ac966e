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
import { DIST, htmlFiles, requireDist } from '../support/dist';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, number>;
beforeAll(requireDist);

describe('size budgets (bytes, from budgets.json)', () => {
	it('the search index stays within budget', () => {
		expect(gzipBytes(readFileSync(join(DIST, 'search-index.json')))).toBeLessThanOrEqual(
			budgets['searchIndexGzip']!
		);
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
