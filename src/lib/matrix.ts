import type { Dimension } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { DataEntry } from './dataset-types';
import { valueOnDay, type ValueAnswer } from './value-on-day';
import type { Locale } from './urls';

/** One cell of the comparison table: the answer for its jurisdiction and dimension on the day. */
export type MatrixCell = ValueAnswer;

/** One row of the comparison table. */
export interface MatrixRow {
	jurisdiction: DataEntry<Jurisdiction>;
	cells: MatrixCell[];
}

/**
 * Builds the comparison table: every jurisdiction × every dimension, resolved as of a day, in the
 * dataset's order.
 * @param day `YYYY-MM-DD`.
 * @param locale The reader's language (see `valueOnDay`).
 */
export function buildMatrix(
	jurisdictions: DataEntry<Jurisdiction>[],
	dimensions: DataEntry<Dimension>[],
	day: string,
	locale: Locale = 'en'
): MatrixRow[] {
	return jurisdictions.map((jurisdiction) => ({
		jurisdiction,
		cells: dimensions.map((dimension) => valueOnDay(jurisdiction.data, dimension, day, locale)),
	}));
}
