import type { Jurisdiction } from '../schemas/jurisdiction';
import { policyPeriods } from './as-of';
import type { DataEntry } from './dataset-types';

/** The first year for which snapshots are published, whatever the earliest recorded date. */
const EARLIEST_SNAPSHOT_YEAR = 2005;

/**
 * The years for which the comparison is pre-rendered "as of" their last day: from the first year in
 * which any recorded value changed (not before 2005) up to the year before `today`; the current
 * year is the live table.
 * @param jurisdictions All jurisdictions.
 * @param today `YYYY-MM-DD`.
 */
export function snapshotYears(jurisdictions: DataEntry<Jurisdiction>[], today: string): number[] {
	const starts = jurisdictions.flatMap((j) =>
		j.data.policies.flatMap((p) =>
			policyPeriods(p).flatMap((period) => (period.from ? [period.from] : []))
		)
	);
	const first = Math.max(
		EARLIEST_SNAPSHOT_YEAR,
		Math.min(...starts.map((d) => Number(d.slice(0, 4))), Number(today.slice(0, 4)))
	);
	const last = Number(today.slice(0, 4)) - 1;
	const years: number[] = [];
	for (let year = first; year <= last; year++) years.push(year);
	return years;
}

/** The day a year's snapshot resolves values on: its last day. */
export function snapshotDay(year: number): string {
	return `${year}-12-31`;
}
