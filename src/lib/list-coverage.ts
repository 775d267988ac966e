import type { Assessment } from '../schemas/assessment';
import type { Jurisdiction } from '../schemas/jurisdiction';
import { fileOf, type ContentProblem } from './content-problem';
import type { DataEntry } from './dataset-types';

/** One name a list gives, with the page that codes it when the site has one. */
export interface CoveredMember {
	name: string;
	jurisdiction?: DataEntry<Jurisdiction>;
}

/** One list of an assessment, with its members in the document's order. */
export interface CoveredList {
	id: string;
	label: string;
	members: CoveredMember[];
}

/** How much of one assessment's named places the site codes. */
export interface AssessmentCoverage {
	assessment: DataEntry<Assessment>;
	lists: CoveredList[];
	/** Every name the document gives, across its lists. */
	named: number;
	/** Names whose place has a page. */
	covered: number;
	/** The coded jurisdictions, once each, in the document's order. */
	jurisdictions: DataEntry<Jurisdiction>[];
}

/**
 * For each assessment whose lists record their members, newest first, which of those places the site
 * codes, so the home page, the comparison and the list pages all count coverage the same way.
 */
export function listCoverage(
	assessments: DataEntry<Assessment>[],
	jurisdictions: DataEntry<Jurisdiction>[]
): AssessmentCoverage[] {
	const byId = new Map(jurisdictions.map((j) => [j.id, j]));
	return assessments
		.filter((a) => a.data.lists.some((l) => l.members))
		.toSorted((a, b) => b.data.date.localeCompare(a.data.date))
		.map((assessment) => {
			const lists = assessment.data.lists.map((list) => ({
				id: list.id,
				label: list.label,
				members: (list.members ?? []).map((m) => {
					const page = m.jurisdiction ? byId.get(m.jurisdiction) : undefined;
					return page ? { name: m.name, jurisdiction: page } : { name: m.name };
				}),
			}));
			const all = lists.flatMap((l) => l.members);
			const coded = [...new Set(all.flatMap((m) => (m.jurisdiction ? [m.jurisdiction] : [])))];
			return {
				assessment,
				lists,
				named: all.length,
				covered: all.filter((m) => m.jurisdiction).length,
				jurisdictions: coded,
			};
		});
}

/**
 * Checks that a list's members and the jurisdictions' classifications say the same thing: every
 * member's page exists and says it is on that list, and every page that says it is on a list whose
 * members are recorded is one of them.
 */
export function checkListMembers(
	assessments: DataEntry<Assessment>[],
	jurisdictions: DataEntry<Jurisdiction>[]
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byId = new Map(jurisdictions.map((j) => [j.id, j]));
	for (const assessment of assessments) {
		const file = fileOf('assessments', assessment);
		assessment.data.lists.forEach((list, li) => {
			if (!list.members) return;
			const seen = new Set<string>();
			list.members.forEach((member, mi) => {
				const id = member.jurisdiction;
				if (!id) return;
				const field = `lists[${li}].members[${mi}].jurisdiction`;
				const page = byId.get(id);
				if (!page) {
					problems.push({ file, field, message: `unknown jurisdiction "${id}"` });
					return;
				}
				if (seen.has(id)) {
					problems.push({ file, field, message: `"${id}" is named twice in list "${list.id}"` });
				}
				seen.add(id);
				const says = page.data.classifications.some(
					(c) => c.assessment === assessment.id && c.listing.includes(list.id)
				);
				if (!says) {
					problems.push({
						file,
						field,
						message: `names ${id} in list "${list.id}", but ${fileOf('jurisdictions', page)} has no classification of ${assessment.id} with listing "${list.id}"`,
					});
				}
			});
			for (const page of jurisdictions) {
				if (seen.has(page.id)) continue;
				page.data.classifications.forEach((c, ci) => {
					if (c.assessment !== assessment.id || !c.listing.includes(list.id)) return;
					problems.push({
						file: fileOf('jurisdictions', page),
						field: `classifications[${ci}].listing`,
						message: `says it is on list "${list.id}" of ${assessment.id}, but that list's members in ${file} do not name it: set jurisdiction: ${page.id} on its member`,
					});
				});
			}
		});
	}
	return problems;
}
