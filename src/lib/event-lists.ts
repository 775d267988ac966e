import type { Dataset } from './dataset-types';
import { NOT_ESTABLISHED, NOT_LISTED } from '../schemas/classification';

/**
 * Gives every event that names a list (`listed`) the pages classified on that list, after the
 * pages it names itself, so the timeline and each page's events follow the classifications
 * instead of a copy kept by hand. Pages come in the dataset's order; unknown assessments are left
 * to validation.
 * @param dataset The collections, in display order.
 */
export function withListedJurisdictions(dataset: Dataset): Dataset {
	const reserved = new Set<string>([NOT_LISTED, NOT_ESTABLISHED]);
	const onList = (assessment: string, list?: string) =>
		dataset.jurisdictions
			.filter((j) =>
				j.data.classifications.some(
					(c) =>
						c.assessment === assessment &&
						c.listing.some((id) => (list ? id === list : !reserved.has(id)))
				)
			)
			.map((j) => j.id);
	return {
		...dataset,
		events: dataset.events.map((event) => {
			const { listed } = event.data;
			if (!listed) return event;
			const jurisdictions = [
				...new Set([...event.data.jurisdictions, ...onList(listed.assessment, listed.list)]),
			];
			return { ...event, data: { ...event.data, jurisdictions } };
		}),
	};
}
