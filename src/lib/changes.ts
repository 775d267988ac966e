import type { Dimension } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';
import { policyPeriods, type PolicyPeriod } from './as-of';
import type { DataEntry } from './dataset-types';

/** One recorded change of a jurisdiction's value on one dimension. */
export interface PolicyChange {
	/** The day the new value began; its period says what the day marks. */
	date: string;
	dimension: DataEntry<Dimension>;
	/** The value before, or undefined when nothing earlier is recorded. */
	before: string | undefined;
	after: string;
	period: PolicyPeriod;
}

/**
 * Every dated change of a jurisdiction's coded values, oldest first: each period with a known start
 * is a change from the period before it (if any).
 * @param jurisdiction The jurisdiction.
 * @param dimensions All dimensions.
 */
export function policyChanges(
	jurisdiction: Jurisdiction,
	dimensions: DataEntry<Dimension>[]
): PolicyChange[] {
	const changes: PolicyChange[] = [];
	for (const dimension of dimensions) {
		const policy = jurisdiction.policies.find((p) => p.dimension === dimension.id);
		if (!policy) continue;
		const label = (id: string) => dimension.data.values.find((v) => v.id === id)?.label ?? id;
		const periods = policyPeriods(policy);
		periods.forEach((period, index) => {
			if (!period.from) return;
			const previous = periods[index - 1];
			changes.push({
				date: period.from,
				dimension,
				before: previous ? label(previous.value) : undefined,
				after: label(period.value),
				period,
			});
		});
	}
	return changes.sort(
		(a, b) => a.date.localeCompare(b.date) || a.dimension.data.order - b.dimension.data.order
	);
}

/** One dated change of one jurisdiction's value, for lists of the newest rules across the site. */
export interface SiteRuleChange extends PolicyChange {
	jurisdiction: DataEntry<Jurisdiction>;
}

/**
 * The newest changes of coded values across every jurisdiction that began on or before a day,
 * newest first: what changed in the rules themselves, as opposed to changes to the pages.
 * @param jurisdictions All jurisdictions.
 * @param dimensions All dimensions.
 * @param day The last day counted, `YYYY-MM-DD` (later, scheduled changes are left out).
 * @param count How many to return.
 */
export function newestRuleChanges(
	jurisdictions: DataEntry<Jurisdiction>[],
	dimensions: DataEntry<Dimension>[],
	day: string,
	count: number
): SiteRuleChange[] {
	return jurisdictions
		.flatMap((jurisdiction) =>
			policyChanges(jurisdiction.data, dimensions).map((c) => ({ ...c, jurisdiction }))
		)
		.filter((c) => c.date <= day && c.period.status !== 'proposed')
		.sort((a, b) => b.date.localeCompare(a.date))
		.slice(0, count);
}

/** A value change in words: the new value, "before → after", or the same value under a new rule. */
export function describeValueChange(change: Pick<PolicyChange, 'before' | 'after'>): string {
	if (change.before === undefined) return change.after;
	if (change.before === change.after) return `${change.after}, under a new rule`;
	return `${change.before} → ${change.after}`;
}
