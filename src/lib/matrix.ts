import type { Dimension, DimensionValue } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { Policy } from '../schemas/policy';
import { valueAsOf, type PolicyPeriod } from './as-of';
import type { DataEntry } from './dataset-types';

/** One cell of the comparison table. */
export interface MatrixCell {
	dimensionId: string;
	/** The resolved value, or the `not-found` value when nothing is recorded for the date. */
	value: DimensionValue;
	/** Position of the value in its dimension's order, 0-based; used for sorting and shading. */
	rank: number;
	/** How many values the dimension has, so views can scale shading. */
	of: number;
	policy: Policy | undefined;
	period: PolicyPeriod | undefined;
	/** True when the jurisdiction is coded but no recorded period covers the day (not "not found"). */
	unrecorded: boolean;
}

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
 * Resolves one jurisdiction's value on one dimension on a day; with no recorded value for that day
 * the cell carries `not-found` and no period, so views can say so.
 * @param jurisdiction The jurisdiction entry.
 * @param dimension The dimension entry.
 * @param day `YYYY-MM-DD`.
 */
export function resolveCell(
	jurisdiction: Jurisdiction,
	dimension: DataEntry<Dimension>,
	day: string
): MatrixCell {
	const policy = jurisdiction.policies.find((p) => p.dimension === dimension.id);
	const values = dimension.data.values;
	const period = policy ? valueAsOf(policy, day) : undefined;
	const found = values.findIndex((v) => v.id === period?.value);
	const rank = found === -1 ? values.length - 1 : found;
	return {
		dimensionId: dimension.id,
		value: values[rank]!,
		rank,
		of: values.length,
		policy,
		period,
		unrecorded: policy !== undefined && period === undefined,
	};
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
		cells: columns.map((dimension) => resolveCell(jurisdiction.data, dimension, day)),
	}));
}
