import { z } from 'astro/zod';
import { CitationsSchema } from './citation';
import { IsoDaySchema } from './date';
import { DateMeaningSchema, DatePrecisionSchema } from './date-meaning';

/** Legal standing of a coded rule. */
export const POLICY_STATUSES = ['in-effect', 'enjoined', 'repealed', 'proposed'] as const;

/** Plain-language labels for each policy status. */
export const POLICY_STATUS_LABELS: Record<(typeof POLICY_STATUSES)[number], string> = {
	'in-effect': 'In effect',
	enjoined: 'Blocked by a court',
	repealed: 'Repealed',
	proposed: 'Proposed, not in effect',
};

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Expected a kebab-case id' });

/** An earlier value of a dimension, valid for a closed date range. */
export const PolicyHistoryEntrySchema = z
	.strictObject({
		/** An allowed value id of the policy's dimension. */
		value: kebabId,
		/** What the rule did then, in plain words. */
		detail: z.string().min(10),
		/** First day the value applied; omit when it applied since before our records start. */
		from: IsoDaySchema.optional(),
		/** What `from` is the date of (enacted, signed, effective, ruling, …). */
		fromMeaning: DateMeaningSchema.optional(),
		/** How precisely `from` is known. */
		fromPrecision: DatePrecisionSchema,
		/** Last day the value applied. */
		to: IsoDaySchema,
		/** What ended the value on `to` (repealed, ruling, expired, …), or the next rule's date meaning. */
		toMeaning: DateMeaningSchema.optional(),
		/** How precisely `to` is known. */
		toPrecision: DatePrecisionSchema,
		status: z.enum(POLICY_STATUSES).default('in-effect'),
		sources: CitationsSchema,
		verified: IsoDaySchema,
	})
	.refine((entry) => !entry.from || entry.from <= entry.to, {
		error: '"from" must not be after "to"',
		path: ['to'],
	});

/** A jurisdiction's coded value on one dimension, with its sourced history. */
export const PolicySchema = z.strictObject({
	/** The id of a dimensions entry. */
	dimension: kebabId,
	/** An allowed value id of that dimension (or `not-found`). */
	value: kebabId,
	/** What the rule does, in plain words, without labels of our own. */
	detail: z.string().min(10),
	/** The day the current value began (what the day marks is in `sinceMeaning`); omit when not found. */
	since: IsoDaySchema.optional(),
	/** What `since` is the date of (enacted, signed, effective, ruling, …). */
	sinceMeaning: DateMeaningSchema.optional(),
	/** How precisely `since` is known. */
	sincePrecision: DatePrecisionSchema,
	status: z.enum(POLICY_STATUSES).default('in-effect'),
	/** Sources for the current value; `not-found` values cite what was searched. */
	sources: CitationsSchema,
	/** The day the current value was last checked against its sources. */
	verified: IsoDaySchema,
	/** For `not-found` values: what was searched, and the day the search was made. */
	searched: z
		.strictObject({
			what: z.string().min(20),
			on: IsoDaySchema,
		})
		.optional(),
	/** Earlier values, oldest first, with date ranges that do not overlap. */
	history: z.array(PolicyHistoryEntrySchema).default([]),
});

export type Policy = z.output<typeof PolicySchema>;
export type PolicyHistoryEntry = z.output<typeof PolicyHistoryEntrySchema>;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];
