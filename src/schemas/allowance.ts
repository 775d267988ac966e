import { z } from 'astro/zod';
import { IsoDaySchema } from './date';

/** The date checks an editor may waive for one date, with a reason. */
export const ALLOWABLE_CHECKS = ['start-before-sources', 'month-precision'] as const;

/**
 * A reasoned exception to one date check, for one date of one policy or event; one entry per key in
 * content/checks/allow.yaml. Validation refuses entries that match no date or waive nothing.
 */
export const AllowanceSchema = z
	.strictObject({
		check: z.enum(ALLOWABLE_CHECKS),
		/** With `dimension`: the policy whose date is allowed. */
		jurisdiction: z.string().min(1).optional(),
		dimension: z.string().min(1).optional(),
		/** Or: the id of the event whose date is allowed. */
		event: z.string().min(1).optional(),
		/** The date as written in the file (a policy's `since`, a history `from`/`to`, or the event's date). */
		date: z.union([IsoDaySchema, z.string().regex(/^\d{4}(-\d{2})?$/)]),
		/** Why the date stands although the check would refuse it: which document establishes it. */
		reason: z.string().min(30),
	})
	.refine((a) => (a.event ? !a.jurisdiction && !a.dimension : a.jurisdiction && a.dimension), {
		error: 'Name either an event, or a jurisdiction and a dimension',
	});

export type Allowance = z.output<typeof AllowanceSchema>;
export type AllowableCheck = (typeof ALLOWABLE_CHECKS)[number];
