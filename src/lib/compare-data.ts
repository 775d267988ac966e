import { sourceAnchor } from './citations';
import type { Dataset } from './dataset-types';
import { formatDate, yearOf } from './dates';
import { periodStart, START_NOT_FOUND } from './dated-fact';
import { buildMatrix, orderedDimensions } from './matrix';
import { POLICY_STATUS_LABELS } from '../schemas/policy';

/** One jurisdiction's values as the side-by-side view needs them: words, detail, dates and source links. */
export interface CompareColumn {
	id: string;
	name: string;
	cells: {
		value: string;
		label: string;
		detail: string;
		since: string;
		status: string;
		sources: { href: string; label: string }[];
	}[];
}

/** The data behind the side-by-side view, fetched only when a reader asks for it. */
export interface CompareData {
	/** The day values are resolved on, in words ("November 23, 2026"). */
	day: string;
	dimensions: { id: string; title: string }[];
	columns: CompareColumn[];
}

/**
 * Flattens today's comparison matrix into the small JSON the side-by-side view renders, with every
 * source link pointing at the source list on the jurisdiction's own page.
 * @param dataset All collections.
 * @param day `YYYY-MM-DD`.
 */
export function compareData(dataset: Dataset, day: string): CompareData {
	const sources = new Map(dataset.sources.map((s) => [s.id, s.data]));
	return {
		day: formatDate(day),
		dimensions: orderedDimensions(dataset.dimensions).map((d) => ({
			id: d.id,
			title: d.data.title,
		})),
		columns: buildMatrix(dataset.jurisdictions, dataset.dimensions, day).map((row) => ({
			id: row.jurisdiction.id,
			name: row.jurisdiction.data.name,
			cells: row.cells.map((cell) => ({
				value: cell.unrecorded ? 'unrecorded' : cell.value.id,
				label: cell.unrecorded ? 'No record for this date' : cell.value.label,
				detail: cell.period?.detail ?? '',
				since: (cell.period && periodStart(cell.period)?.text) ?? START_NOT_FOUND,
				status: cell.period ? POLICY_STATUS_LABELS[cell.period.status] : '',
				sources: (cell.period?.sources ?? []).map((c) => {
					const source = sources.get(c.source)!;
					return {
						href: `/jurisdictions/${row.jurisdiction.id}/#${sourceAnchor(c.source)}`,
						label: `${source.publisher}, ${yearOf(source.published)}${c.pinpoint ? `, ${c.pinpoint}` : ''}`,
					};
				}),
			})),
		})),
	};
}
