import type { Citation } from '../schemas/citation';
import type { DatedRange } from './dated-fact';
import type { Policy, PolicyStatus } from '../schemas/policy';

/** One stretch of time during which a policy had one value, with what its dates mean. */
export interface PolicyPeriod extends DatedRange {
	value: string;
	detail: string;
	status: PolicyStatus;
	sources: Citation[];
	verified: string;
	/** True for the value the policy has today. */
	current: boolean;
}

/**
 * Lists every period of a policy, oldest first, ending with the current value.
 * @param policy A coded policy with its history.
 */
export function policyPeriods(policy: Policy): PolicyPeriod[] {
	const earlier = [...policy.history]
		.sort((a, b) => a.to.localeCompare(b.to))
		.map((h) => ({
			value: h.value,
			detail: h.detail,
			status: h.status,
			from: h.from,
			fromMeaning: h.fromMeaning,
			fromPrecision: h.fromPrecision,
			to: h.to,
			toMeaning: h.toMeaning,
			toPrecision: h.toPrecision,
			sources: h.sources,
			verified: h.verified,
			current: false,
		}));
	return [
		...earlier,
		{
			value: policy.value,
			detail: policy.detail,
			status: policy.status,
			from: policy.since,
			fromMeaning: policy.sinceMeaning,
			fromPrecision: policy.sincePrecision,
			to: undefined,
			toMeaning: undefined,
			toPrecision: 'day',
			sources: policy.sources,
			verified: policy.verified,
			current: true,
		},
	];
}

/**
 * Resolves which value a policy had on a given day, or `undefined` when no recorded period covers it.
 *
 * Start dates that are unknown are never stretched into the past: the oldest history entry without
 * `from` covers earlier days only because its file says it applied "since before our records
 * start"; the current value without a `since` date covers the days after the last history range
 * or, with no history at all, only the days from its verification on, when it was seen to hold.
 * Proposed values never apply.
 * @param policy A coded policy with its history.
 * @param day `YYYY-MM-DD`.
 */
export function valueAsOf(policy: Policy, day: string): PolicyPeriod | undefined {
	const periods = policyPeriods(policy);
	return periods[periodIndexAsOf(periods, day)];
}

/**
 * The index in `periods` (from `policyPeriods`) of the period that applies on a day, or -1; the
 * rules are those of `valueAsOf`.
 * @param periods A policy's periods, oldest first.
 * @param day `YYYY-MM-DD`.
 */
export function periodIndexAsOf(periods: PolicyPeriod[], day: string): number {
	return periods.findIndex((period, index) => {
		if (period.status === 'proposed') return false;
		const previous = periods[index - 1];
		let startsBy: boolean;
		if (period.from) startsBy = period.from <= day;
		else if (previous) startsBy = previous.to! < day;
		else startsBy = !period.current || period.verified <= day;
		const endsAfter = period.to === undefined || day <= period.to;
		return startsBy && endsAfter;
	});
}
