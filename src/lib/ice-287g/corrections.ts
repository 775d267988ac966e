import { z } from 'astro/zod';

const Why = z.string().min(10);

/**
 * The reviewable corrections file (data/ice-287g/corrections.yaml): each entry says what ICE wrote,
 * what the importer reads it as, and why; nothing else is ever changed or guessed.
 */
export const CorrectionsSchema = z.strictObject({
	states: z.array(
		z.strictObject({ asGiven: z.string(), state: z.string().regex(/^[A-Z]{2}$/), why: Why })
	),
	/** Spellings of one agency: rows named `asGiven` get the id of `name` and keep ICE's text. */
	names: z.array(
		z.strictObject({
			state: z.string().regex(/^[A-Z]{2}$/),
			asGiven: z.string(),
			name: z.string(),
			why: Why,
		})
	),
	counties: z.array(
		z.strictObject({
			state: z.string().regex(/^[A-Z]{2}$/),
			asGiven: z.string(),
			county: z.string(),
			why: Why,
		})
	),
	/** Placements for agencies whose rows say too little; each names the evidence. */
	agencies: z.array(
		z.strictObject({
			id: z.string(),
			placement: z.enum(['county', 'state']),
			county: z.string().optional(),
			why: Why,
		})
	),
});

/** The parsed corrections file. */
export type Corrections = z.output<typeof CorrectionsSchema>;

/** No corrections at all, for tests of the rules alone. */
export const NO_CORRECTIONS: Corrections = { states: [], names: [], counties: [], agencies: [] };
