import type { Dimension } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { DataEntry } from './dataset-types';
import { STATE_NAMES } from './states';
import type { MatrixRow } from './matrix';

/**
 * The most rows one comparison page shows. Below it, /compare/ holds the whole table; above it,
 * /compare/ gives the national overview in counts and each state gets its own table, split into
 * pages of at most this many rows, so no page grows with national coverage.
 */
export const COMPARE_PAGE_ROWS = 250;

/** One page of the comparison split by state: `slug` is its path under /compare/state/. */
export interface ComparePage {
	slug: string;
	state: string;
	stateName: string;
	/** 1-based page number within the state, and how many pages the state has. */
	page: number;
	pages: number;
	jurisdictions: DataEntry<Jurisdiction>[];
}

/** True when the whole table is too long for one page. */
export function comparisonIsSplit(jurisdictions: unknown[], maxRows = COMPARE_PAGE_ROWS): boolean {
	return jurisdictions.length > maxRows;
}

/**
 * Splits the jurisdictions (in the dataset's order) by state, states by name, and each state into
 * pages of at most `maxRows` rows: `il`, then `il/2`, `il/3`….
 * @param jurisdictions All jurisdictions, in the dataset's order.
 * @param maxRows Rows per page.
 */
export function comparePages(
	jurisdictions: DataEntry<Jurisdiction>[],
	maxRows = COMPARE_PAGE_ROWS
): ComparePage[] {
	const byState = new Map<string, DataEntry<Jurisdiction>[]>();
	for (const j of jurisdictions)
		byState.set(j.data.state, [...(byState.get(j.data.state) ?? []), j]);
	const name = (state: string) => STATE_NAMES[state] ?? state;
	return [...byState]
		.sort(([a], [b]) => name(a).localeCompare(name(b), 'en'))
		.flatMap(([state, members]) => {
			const pages = Math.ceil(members.length / maxRows);
			return Array.from({ length: pages }, (_, index) => ({
				slug: `${state.toLowerCase()}${index === 0 ? '' : `/${index + 1}`}`,
				state,
				stateName: name(state),
				page: index + 1,
				pages,
				jurisdictions: members.slice(index * maxRows, (index + 1) * maxRows),
			}));
		});
}

/** How many jurisdictions give each answer on each dimension: the national overview in counts. */
export interface AnswerCounts {
	dimension: DataEntry<Dimension>;
	counts: { label: string; valueId: string; rank: number; count: number }[];
}

/**
 * Counts the answers of a comparison table, dimension by dimension, every value listed (zero
 * included) and "No record for this date" added when some cell has none.
 * @param rows The comparison rows of one day.
 * @param dimensions The dimensions, in the table's column order.
 */
export function answerCounts(
	rows: MatrixRow[],
	dimensions: DataEntry<Dimension>[]
): AnswerCounts[] {
	return dimensions.map((dimension, index) => {
		const cells = rows.map((r) => r.cells[index]!);
		const counts = dimension.data.values.map((value, rank) => ({
			label: value.label,
			valueId: value.id,
			rank,
			count: cells.filter((c) => !c.unrecorded && c.value.id === value.id).length,
		}));
		const unrecorded = cells.filter((c) => c.unrecorded);
		if (unrecorded.length > 0)
			counts.push({
				label: unrecorded[0]!.label,
				valueId: 'unrecorded',
				rank: dimension.data.values.length,
				count: unrecorded.length,
			});
		return { dimension, counts };
	});
}
