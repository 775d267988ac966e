import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/lib/matrix';
import { snapshotDay, snapshotYears } from '../../src/lib/snapshots';
import { loadContent } from '../support/load-content';
import { page, requireDist } from '../support/dist';

const { dataset } = loadContent('content');
beforeAll(requireDist);

/** The value words shown in one cell of a built comparison table. */
function cellText(html: string, jurisdiction: string, dimension: string): string {
	const row =
		new RegExp(`<tr id="row-${jurisdiction}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
	const cell =
		new RegExp(`data-dimension="${dimension}"[^>]*>([\\s\\S]*?)</td>`).exec(row)?.[1] ?? '';
	return cell.replace(/<[^>]+>/g, '').trim();
}

describe('the comparison as of past years', () => {
	const years = snapshotYears(dataset.jurisdictions, new Date().toISOString().slice(0, 10));

	it('is pre-rendered for every snapshot year and linked from /compare/', () => {
		const compare = page('/compare/');
		for (const year of years) {
			expect(compare).toContain(`href="/compare/as-of/${year}/"`);
			expect(page(`/compare/as-of/${year}/`)).toContain('<caption>');
		}
	});

	it('shows in every cell the value resolved from the history for that year', () => {
		for (const year of [2011, 2013, 2014, 2017]) {
			const html = page(`/compare/as-of/${year}/`);
			for (const row of buildMatrix(dataset.jurisdictions, dataset.dimensions, snapshotDay(year))) {
				for (const cell of row.cells) {
					const expected = cell.unrecorded ? 'No record for this date' : cell.value.label;
					expect(
						cellText(html, row.jurisdiction.id, cell.dimensionId),
						`${year} ${row.jurisdiction.id} ${cell.dimensionId}`
					).toBe(expected);
				}
			}
		}
	});

	it("shows New York City's detainer rule changing between 2013 and 2014", () => {
		const in2013 = cellText(page('/compare/as-of/2013/'), 'new-york-city', 'detainers');
		const in2015 = cellText(page('/compare/as-of/2015/'), 'new-york-city', 'detainers');
		expect(in2013).toBe('Honoured in listed cases');
		expect(in2015).toBe('Only with a judicial warrant, for listed cases');
	});
});
