import { z } from 'astro/zod';
import { CitationsSchema } from './citation';
import { IsoDaySchema } from './date';

/** What one outside body said about one jurisdiction, reported as that body's words, never ours. */
export const ClassificationSchema = z.strictObject({
	/** The id of an assessments entry. */
	assessment: z.string().min(1),
	/** The id of one of the assessment's `lists` (e.g. `cities`), or `not-listed`. */
	listing: z.string().min(1).optional(),
	/** The body's finding for this jurisdiction in a few words, e.g. "Named as possibly violating §1373". */
	result: z.string().min(3),
	/** More detail: what the body asked or claimed, and how the jurisdiction answered, attributed. */
	detail: z.string().min(10).optional(),
	sources: CitationsSchema,
	verified: IsoDaySchema,
});

export type Classification = z.output<typeof ClassificationSchema>;
