import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { sentencesOf, splitSummary } from '../../src/lib/summary-split';

describe('sentencesOf', () => {
	it('does not end a sentence inside brackets', () => {
		expect(
			sentencesOf('A statute (Minn. Stat. § 299A.82) applies. District law (D.C. Code § 24) too.')
		).toEqual(['A statute (Minn. Stat. § 299A.82) applies.', 'District law (D.C. Code § 24) too.']);
	});

	it('does not end a sentence at an abbreviation or an initial', () => {
		expect(
			sentencesOf(
				'The U.S. Department of Justice sued in 2025. Under 8 U.S.C. § 1373 it wrote to J. Smith. "It is not," she said. Done'
			)
		).toEqual([
			'The U.S. Department of Justice sued in 2025.',
			'Under 8 U.S.C. § 1373 it wrote to J. Smith.',
			'"It is not," she said.',
			'Done',
		]);
	});
});

describe('splitSummary', () => {
	it('keeps whole sentences in the lead, up to the limit', () => {
		const { lead, rest } = splitSummary('One two three. Four five six. Seven eight nine.', 30);
		expect(lead).toBe('One two three. Four five six.');
		expect(rest).toBe('Seven eight nine.');
	});

	it('keeps a first sentence longer than the limit whole', () => {
		expect(splitSummary('A very long first sentence. Then more.', 5)).toEqual({
			lead: 'A very long first sentence.',
			rest: 'Then more.',
		});
	});

	it('loses no text of any real summary', () => {
		const { dataset } = checkContent('content', '2026-11-29');
		for (const j of dataset.jurisdictions) {
			const { lead, rest } = splitSummary(j.data.summary);
			const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
			expect(norm(`${lead} ${rest}`), j.id).toBe(norm(j.data.summary));
			expect(lead.length, j.id).toBeGreaterThan(0);
		}
	});
});
