import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { checkListMembers, listCoverage } from '../../src/lib/list-coverage';
import type { DataEntry } from '../../src/lib/dataset-types';
import type { Assessment, ListMember } from '../../src/schemas/assessment';

const { dataset } = checkContent('content', '2026-11-29');
const doj2025 = dataset.assessments.find((a) => a.id === 'doj-2025-08-list')!;

/** The DOJ 2025 list with one list's members replaced. */
function withMembers(listId: string, members: ListMember[]): DataEntry<Assessment>[] {
	const lists = doj2025.data.lists.map((l) => (l.id === listId ? { ...l, members } : l));
	return [{ ...doj2025, data: { ...doj2025.data, lists } }];
}

describe('listCoverage', () => {
	it('counts every name the DOJ 2025 list gives, and those with a page, once per name', () => {
		const [coverage] = listCoverage([doj2025], dataset.jurisdictions);
		expect(coverage!.named).toBe(35);
		expect(coverage!.lists.map((l) => l.members.length)).toEqual([13, 4, 18]);
		const covered = coverage!.lists.flatMap((l) => l.members).filter((m) => m.jurisdiction);
		expect(coverage!.covered).toBe(covered.length);
		// San Francisco is named as a county and as a city: two names, one page.
		expect(coverage!.jurisdictions.filter((j) => j.id === 'san-francisco')).toHaveLength(1);
		expect(coverage!.jurisdictions.length).toBe(covered.length - 1);
	});

	it('leaves out assessments whose members are not recorded', () => {
		const ids = listCoverage(dataset.assessments, dataset.jurisdictions).map(
			(c) => c.assessment.id
		);
		expect(ids).toContain('doj-2017-11-letters');
		expect(ids).not.toContain('ilrc-national-map');
	});
});

describe('checkListMembers', () => {
	it('accepts the real lists', () => {
		expect(checkListMembers(dataset.assessments, dataset.jurisdictions)).toEqual([]);
	});

	it('names the page that says it is listed when no member points to it', () => {
		const members = doj2025.data.lists
			.find((l) => l.id === 'cities')!
			.members!.map((m) => (m.jurisdiction === 'chicago' ? { name: m.name } : m));
		const problems = checkListMembers(withMembers('cities', members), dataset.jurisdictions);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toContain('chicago');
		expect(problems[0]!.message).toContain('set jurisdiction: chicago');
	});

	it('rejects a member whose page does not exist or does not say it is on that list', () => {
		const members = [
			...doj2025.data.lists.find((l) => l.id === 'counties')!.members!,
			{ name: 'Nowhere County', jurisdiction: 'nowhere-county' },
			{ name: 'Florida', jurisdiction: 'florida' },
		];
		const messages = checkListMembers(withMembers('counties', members), dataset.jurisdictions).map(
			(p) => `${p.field}: ${p.message}`
		);
		expect(messages).toEqual([
			'lists[1].members[4].jurisdiction: unknown jurisdiction "nowhere-county"',
			expect.stringMatching(
				/^lists\[1\]\.members\[5\]\.jurisdiction: names florida in list "counties", but .*florida.* has no classification/
			),
		]);
	});
});
