import { beforeAll, describe, expect, it } from 'vitest';
import { listCoverage } from '../../src/lib/list-coverage';
import { compareListUrl } from '../../src/lib/urls';
import { loadContent } from '../support/load-content';
import { page, requireDist } from '../support/dist';

const { dataset } = loadContent('content');
const coverage = listCoverage(dataset.assessments, dataset.jurisdictions);

beforeAll(requireDist);

/** The text of an HTML fragment, tags dropped and whitespace folded, for reading sentences. */
function textOf(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

describe('the comparison filtered by federal list', () => {
	it('covers the DOJ 2017, 2018 and 2025 lists', () => {
		expect(coverage.map((c) => c.assessment.id)).toEqual(
			expect.arrayContaining([
				'doj-2025-08-list',
				'doj-2017-11-letters',
				'doj-2018-01-document-demand',
			])
		);
	});

	it('gives each list a page with a row per coded place and every other name in words', () => {
		for (const c of coverage) {
			const html = page(compareListUrl(c.assessment.id));
			const text = textOf(html);
			for (const list of c.lists) {
				for (const member of list.members) {
					if (member.jurisdiction) {
						expect(html, `${c.assessment.id}: row of ${member.jurisdiction.id}`).toContain(
							`<tr id="${list.id}-row-${member.jurisdiction.id}"`
						);
					} else {
						expect(text, `${c.assessment.id}: ${member.name}`).toContain(member.name);
					}
				}
			}
			expect(text).toContain(`names ${c.named} places; ${c.covered} of those names`);
		}
	});

	it('is reachable from the home page and the comparison, with the counts the lists give', () => {
		for (const url of ['/', '/compare/']) {
			const html = page(url);
			for (const c of coverage) {
				expect(html, `${url} → ${c.assessment.id}`).toContain(
					`href="${compareListUrl(c.assessment.id)}"`
				);
				expect(textOf(html)).toContain(`${c.covered} of the ${c.named} names it gives have a page`);
			}
		}
	});
});
