import type { Assessment } from '../schemas/assessment';
import { RESERVED_LISTINGS, type Classification } from '../schemas/classification';

/** A list of an assessment as a reader sees it beside a classification. */
export interface Listing {
	id: string;
	label: string;
	meaning: string;
}

/**
 * The lists a classification names, with the label and meaning the assessment defines for each, so
 * every page describes the same listing in the same words; unknown ids (caught by validation) are
 * left out.
 * @param classification One jurisdiction's classification.
 * @param assessment The assessment it refers to.
 */
export function listingsOf(classification: Classification, assessment: Assessment): Listing[] {
	return classification.listing.flatMap((id) => {
		const reserved = RESERVED_LISTINGS[id as keyof typeof RESERVED_LISTINGS];
		if (reserved) return [{ id, ...reserved }];
		const list = assessment.lists.find((l) => l.id === id);
		return list ? [list] : [];
	});
}

/** Every listing id a classification of this assessment may name: its lists and the reserved ones. */
export function allowedListings(assessment: Assessment): string[] {
	return [...assessment.lists.map((l) => l.id), ...Object.keys(RESERVED_LISTINGS)];
}
