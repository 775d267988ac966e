import type { Dimension } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { DataEntry } from './dataset-types';
import { valueOnDay, type ValueAnswer } from './value-on-day';

/** One cell of the comparison table: the answer for its jurisdiction and dimension on the day. */
export type MatrixCell = ValueAnswer;

/** One row of the comparison table. */
export interface MatrixRow {
	jurisdiction: DataEntry<Jurisdiction>;
	cells: MatrixCell[];
}

/** Dimensions in their display order. */
export function orderedDimensions(dimensions: DataEntry<Dimension>[]): DataEntry<Dimension>[] {
	return [...dimensions].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Jurisdictions in reading order (by name). */
export function orderedJurisdictions(
	jurisdictions: DataEntry<Jurisdiction>[]
): DataEntry<Jurisdiction>[] {
	return [...jurisdictions].sort((a, b) =>
		(a.data.shortName ?? a.data.name).localeCompare(b.data.shortName ?? b.data.name, 'en')
	);
}

/**
 * Builds the comparison table: every jurisdiction × every dimension, resolved as of a day.
 * @param day `YYYY-MM-DD`.
 */
export function buildMatrix(
	jurisdictions: DataEntry<Jurisdiction>[],
	dimensions: DataEntry<Dimension>[],
	day: string
): MatrixRow[] {
	const columns = orderedDimensions(dimensions);
	return orderedJurisdictions(jurisdictions).map((jurisdiction) => ({
		jurisdiction,
		cells: columns.map((dimension) => valueOnDay(jurisdiction.data, dimension, day)),
	}));
}
