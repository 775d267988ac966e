import { z } from 'astro/zod';
import { isRealDay } from '../lib/dates';

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Formats a YAML-parsed date (which arrives as a UTC `Date`) as `YYYY-MM-DD`. */
function toIsoDay(value: Date): string {
	return value.toISOString().slice(0, 10);
}

/** A full calendar day, kept as a `YYYY-MM-DD` string so comparisons never depend on time zones. */
export const IsoDaySchema = z
	.union([z.string(), z.date()])
	.transform((value) => (value instanceof Date ? toIsoDay(value) : value.trim()))
	.refine(isRealDay, { error: 'Expected a real calendar date written as YYYY-MM-DD' });

/** A date known to the year, month or day (`2013`, `2013-10`, `2013-10-02`), for sources and events. */
export const PartialDateSchema = z
	.union([z.string(), z.number(), z.date()])
	.transform((value) => (value instanceof Date ? toIsoDay(value) : String(value).trim()))
	.refine(
		(text) =>
			ISO_PARTIAL.test(text) &&
			(text.length < 10 ? Number(text.slice(5, 7) || '1') <= 12 : isRealDay(text)),
		{ error: 'Expected a date written as YYYY, YYYY-MM or YYYY-MM-DD' }
	);

export type IsoDay = z.output<typeof IsoDaySchema>;
