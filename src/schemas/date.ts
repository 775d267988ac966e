import { z } from 'astro/zod';
import { isRealDay } from '../lib/dates';

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Content is parsed with YAML timestamps off (src/lib/read-content.ts), so a date arrives exactly as
 * written. A `Date` object here would mean some reader rolled `2021-02-30` over to March; refuse it.
 */
const AS_WRITTEN = 'write it as YYYY-MM-DD';

/** Why a `YYYY-MM-DD`-shaped text is not a day, in words ("February 2021 has 28 days"). */
function whyNotADay(text: string): string {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
	if (!match) return 'not in the form YYYY-MM-DD';
	const year = Number(match[1]);
	const month = Number(match[2]);
	if (month < 1 || month > 12) return `there is no month ${match[2]}`;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${match[2]} has ${days} days`;
}

/** True when `text` is `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export function isPartialDate(text: string): boolean {
	if (!ISO_PARTIAL.test(text)) return false;
	if (text.length === 10) return isRealDay(text);
	const month = text.length === 7 ? Number(text.slice(5, 7)) : 1;
	return month >= 1 && month <= 12;
}

/** A full calendar day, kept as a `YYYY-MM-DD` string so comparisons never depend on time zones. */
export const IsoDaySchema = z
	.string({ error: `Expected a date; ${AS_WRITTEN}` })
	.trim()
	.refine(isRealDay, {
		error: (issue) =>
			`"${String(issue.input)}" is not a real calendar day (${whyNotADay(String(issue.input).trim())}); ${AS_WRITTEN}`,
	});

/** A date known to the year, month or day (`2013`, `2013-10`, `2013-10-02`), for sources and events. */
export const PartialDateSchema = z
	.union([z.string(), z.number().int()], {
		error: 'Expected a date written as YYYY, YYYY-MM or YYYY-MM-DD',
	})
	.transform((value) => String(value).trim())
	.refine(isPartialDate, {
		error: (issue) =>
			`"${String(issue.input)}" is not a real date (${whyNotADay(String(issue.input).trim())}); write YYYY, YYYY-MM or YYYY-MM-DD`,
	});

/**
 * The first day a partial date can stand for (`2013` → `2013-01-01`), for comparing it with full
 * days without pretending to know more than was written.
 */
export function earliestDay(partial: string): string {
	return partial.length === 4
		? `${partial}-01-01`
		: partial.length === 7
			? `${partial}-01`
			: partial;
}

export type IsoDay = z.output<typeof IsoDaySchema>;
