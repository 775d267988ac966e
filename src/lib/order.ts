import type { Dataset } from './dataset-types';

const byText = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * Puts every collection in its display order, once, when the dataset is loaded, so views and
 * derivations never sort again: jurisdictions by name, dimensions by their `order`, sources by
 * publisher then date, events and assessments by date, glossary terms alphabetically, and inside each
 * jurisdiction its statistics and classifications. Ties fall back
 * to the id, so the order never depends on the order files were read in.
 * @param dataset The collections as read.
 */
export function orderDataset(dataset: Dataset): Dataset {
	const assessmentDate = new Map(dataset.assessments.map((a) => [a.id, a.data.date]));
	const dateOf = (id: string) => assessmentDate.get(id) ?? '';
	// Within a jurisdiction: statistics by agency then start, classifications by assessment date.
	const jurisdictions = dataset.jurisdictions.map((j) => ({
		...j,
		data: {
			...j.data,
			statistics: [...j.data.statistics].sort(
				(a, b) => byText(a.agency, b.agency) || a.from.localeCompare(b.from)
			),
			classifications: [...j.data.classifications].sort((a, b) =>
				dateOf(a.assessment).localeCompare(dateOf(b.assessment))
			),
		},
	}));
	return {
		jurisdictions: jurisdictions.sort(
			(a, b) =>
				byText(a.data.shortName ?? a.data.name, b.data.shortName ?? b.data.name) ||
				byText(a.id, b.id)
		),
		dimensions: [...dataset.dimensions].sort(
			(a, b) => a.data.order - b.data.order || byText(a.id, b.id)
		),
		sources: [...dataset.sources].sort(
			(a, b) =>
				byText(a.data.publisher, b.data.publisher) ||
				a.data.published.localeCompare(b.data.published) ||
				byText(a.id, b.id)
		),
		events: [...dataset.events].sort(
			(a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)
		),
		assessments: [...dataset.assessments].sort(
			(a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)
		),
		glossary: [...dataset.glossary].sort(
			(a, b) => byText(a.data.term, b.data.term) || byText(a.id, b.id)
		),
		// Allowances are looked up by what they allow, never listed, so their order is kept.
		...(dataset.allowances ? { allowances: dataset.allowances } : {}),
		...(dataset.placeNamesEs ? { placeNamesEs: dataset.placeNamesEs } : {}),
	};
}
