import { z } from 'astro/zod';
import { CitationsSchema } from './citation';
import { IsoDaySchema, PartialDateSchema } from './date';
import { DateMeaningSchema } from './date-meaning';

/** Kinds of timeline entries. */
export const EVENT_KINDS = [
	'local-law',
	'local-policy',
	'state-law',
	'executive-order',
	'federal-action',
	'federal-letter',
	'federal-list',
	'court-ruling',
	'lawsuit',
	'agreement',
	'other',
] as const;

/** Plain-language labels for each event kind. */
export const EVENT_KIND_LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
	'local-law': 'Local law',
	'local-policy': 'Local policy or directive',
	'state-law': 'State law',
	'executive-order': 'Executive order',
	'federal-action': 'Federal action',
	'federal-letter': 'Federal letter',
	'federal-list': 'Federal list',
	'court-ruling': 'Court ruling',
	lawsuit: 'Lawsuit filed',
	agreement: 'Agreement or contract',
	other: 'Other',
};

/** A dated timeline entry; one YAML file per event in content/events/. */
export const EventSchema = z.strictObject({
	date: PartialDateSchema,
	/** What `date` is the date of (signed, effective, ruling, filed, …). */
	dateMeaning: DateMeaningSchema.optional(),
	title: z.string().min(5),
	kind: z.enum(EVENT_KINDS),
	/** Jurisdictions the event concerns (ids); empty for nationwide federal actions. */
	jurisdictions: z.array(z.string().min(1)).default([]),
	/**
	 * The list this event published or sent (an assessment, and one of its lists or all of them):
	 * every page classified on it is added to `jurisdictions`, so a list's members are never copied
	 * into an event by hand.
	 */
	listed: z
		.strictObject({ assessment: z.string().min(1), list: z.string().min(1).optional() })
		.optional(),
	/** What happened, in neutral words, one to three sentences. */
	summary: z.string().min(20),
	sources: CitationsSchema,
	verified: IsoDaySchema,
});

export type TimelineEvent = z.output<typeof EventSchema>;
