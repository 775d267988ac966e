import type { Citation } from '../schemas/citation';
import type { DateMeaning, DatePrecision } from '../schemas/date-meaning';
import { NOT_FOUND, type Dimension, type DimensionValue } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';
import { POLICY_STATUS_LABELS, type Policy, type PolicyStatus } from '../schemas/policy';
import { periodIndexAsOf, policyPeriods, type PolicyPeriod } from './as-of';
import type { DataEntry } from './dataset-types';
import { missingStart, periodStart, type DatedFact } from './dated-fact';
import { pageStrings } from './i18n/load';
import type { Locale } from './urls';

/**
 * What kind of answer a day has: a recorded value; `unrecorded` when the jurisdiction is coded on
 * the dimension but no recorded period covers the day (a gap, a future-dated or only-proposed
 * rule); `not-coded` when the jurisdiction has no entry on the dimension at all.
 */
export type AnswerKind = 'recorded' | 'unrecorded' | 'not-coded';

/** The label every view shows for an unrecorded day. */
export const UNRECORDED_LABEL = 'No record for this date';

/** The start of the period an answer comes from, with what that date means and how precise it is. */
export interface AnswerSince {
	/** `YYYY-MM-DD`, or undefined when the start is not known. */
	date: string | undefined;
	meaning: DateMeaning | undefined;
	precision: DatePrecision;
	/** The date at its precision with what it marks, for `<time>` and `DatedFactText`; undefined when not recorded. */
	fact: DatedFact | undefined;
	/** The date in words at its precision with what it marks, or why there is none. */
	text: string;
}

/** The single answer to "what was the value of dimension D for jurisdiction J on day X". */
export interface ValueAnswer {
	dimensionId: string;
	/** The day asked about, `YYYY-MM-DD`. */
	day: string;
	kind: AnswerKind;
	/** The value that applies; `not-found` when nothing applies (see `kind` to tell why). */
	value: DimensionValue;
	/** Position of the value in its dimension's order, 0-based; used for sorting and shading. */
	rank: number;
	/** How many values the dimension has, so views can scale shading. */
	of: number;
	/** The value in words as every view shows it (`No record for this date` when unrecorded). */
	label: string;
	/** What the rule did on that day, or why there is no answer. */
	detail: string;
	since: AnswerSince;
	status: PolicyStatus | undefined;
	/** The status in words, empty when nothing applies. */
	statusLabel: string;
	/** Citations for the value that applies (for a `not-found` value: what was searched). */
	sources: Citation[];
	/** The day the applying value was last checked, when there is one. */
	verified: string | undefined;
	/** For a `not-found` value: what was searched and when. */
	searched: Policy['searched'];
	/** True when the file records the applying value as its current one. */
	current: boolean;
	/** True when coded but no recorded period covers the day (kept for views that shade it). */
	unrecorded: boolean;
	/**
	 * A value on file that does not apply on the day but may later: the current entry when it is
	 * proposed, or dated after the day. Views mention it beside the answer, never instead of it.
	 */
	pending: PolicyPeriod | undefined;
	/** The whole coded entry, for views that list its history. */
	policy: Policy | undefined;
	/** The period the answer comes from. */
	period: PolicyPeriod | undefined;
	/** Its index in `policyPeriods(policy)`, or -1 when none applies. */
	periodIndex: number;
}

function sinceOf(period: PolicyPeriod | undefined, locale: Locale): AnswerSince {
	if (!period) {
		return { date: undefined, meaning: undefined, precision: 'day', fact: undefined, text: '' };
	}
	const fact = periodStart(period, locale);
	return {
		date: period.from,
		meaning: period.fromMeaning,
		precision: period.fromPrecision,
		fact,
		// Every view shows this text, so the date always comes with what it marks and its precision.
		text: fact
			? fact.text
			: period.current
				? missingStart(period.value, locale)
				: locale === 'en'
					? 'Before our records start'
					: pageStrings(locale)('date.before-records'),
	};
}

/**
 * Answers "what was the value of this dimension for this jurisdiction on this day", once, for every
 * view: tables, cards, policy pages, maps, layers, search, downloads and the browser's date control.
 * Resolution follows `periodIndexAsOf`: proposed values never apply, enjoined ones do (with their status).
 * @param jurisdiction The jurisdiction's data.
 * @param dimension The dimension entry.
 * @param day `YYYY-MM-DD`.
 * @param locale The reader's language for dates, status and fallbacks (the dimension entry carries
 * its own language's labels, see `localizeDimension`); the coded detail stays as written.
 */
export function valueOnDay(
	jurisdiction: Jurisdiction,
	dimension: DataEntry<Dimension>,
	day: string,
	locale: Locale = 'en'
): ValueAnswer {
	const t = locale === 'en' ? undefined : pageStrings(locale);
	const policy = jurisdiction.policies.find((p) => p.dimension === dimension.id);
	const values = dimension.data.values;
	const periods = policy ? policyPeriods(policy) : [];
	const periodIndex = periodIndexAsOf(periods, day);
	const period = periods[periodIndex];
	const found = values.findIndex((v) => v.id === period?.value);
	const notFound = values.findIndex((v) => v.id === NOT_FOUND);
	const rank = found === -1 ? (notFound === -1 ? values.length - 1 : notFound) : found;
	const kind: AnswerKind = !policy ? 'not-coded' : period ? 'recorded' : 'unrecorded';
	const last = periods.at(-1);
	const pending =
		last && last !== period && (last.status === 'proposed' || (last.from ?? '') > day)
			? last
			: undefined;
	return {
		dimensionId: dimension.id,
		day,
		kind,
		value: values[rank]!,
		rank,
		of: values.length,
		label:
			kind === 'unrecorded' ? (t?.('value.unrecorded') ?? UNRECORDED_LABEL) : values[rank]!.label,
		detail:
			period?.detail ??
			// Day-free wording, so one answer holds for a whole stretch of days (see answerChangeDays).
			(kind === 'unrecorded'
				? (t?.('detail.unrecorded') ?? 'No recorded value covers this date.')
				: (t?.('detail.not-coded') ?? 'Not coded on this question.')),
		since: sinceOf(period, locale),
		status: period?.status,
		statusLabel: period
			? (t?.(`status.${period.status}`) ?? POLICY_STATUS_LABELS[period.status])
			: '',
		sources: period?.sources ?? [],
		verified: period?.verified,
		searched: period?.current && period.value === NOT_FOUND ? policy?.searched : undefined,
		current: period?.current ?? false,
		unrecorded: kind === 'unrecorded',
		pending,
		policy,
		period,
		periodIndex,
	};
}

/** The day after `day`, `YYYY-MM-DD` (UTC arithmetic, so no time zone can shift it). */
function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

/**
 * The days on which the answer for one jurisdiction and dimension can change, ascending: each
 * period's first day, the day after each period's last, and the verified day of an undated current
 * value (from which it is known to hold). Between two of them `valueOnDay` gives one answer.
 * @param policy A coded policy, or undefined when not coded (the answer never changes).
 */
export function answerChangeDays(policy: Policy | undefined): string[] {
	if (!policy) return [];
	const days = new Set<string>();
	for (const period of policyPeriods(policy)) {
		if (period.from) days.add(period.from);
		if (period.to) days.add(nextDay(period.to));
		if (period.current && !period.from) days.add(period.verified);
	}
	return [...days].sort();
}
