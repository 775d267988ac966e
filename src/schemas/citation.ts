import { z } from 'astro/zod';

/** A pointer to an entry of the sources collection, with an optional pinpoint (section, page). */
export const CitationSchema = z
	.union([
		z.string().min(1),
		z.strictObject({
			/** The id of a sources entry (its file name without extension). */
			source: z.string().min(1),
			/** Where in the source: a section, page or paragraph, e.g. `§ 9-131(b)` or `p. 4`. */
			// The downloads list several pinpoints in one CSV cell separated by ";", so one may not hold it.
			pinpoint: z
				.string()
				.min(1)
				.refine((text) => !text.includes(';'), {
					error:
						'must not contain ";" (the downloads separate pinpoints with it); join parts with "and"',
				})
				.optional(),
		}),
	])
	.transform((value) => (typeof value === 'string' ? { source: value } : value));

/** One or more citations: every coded fact must have at least one. */
export const CitationsSchema = z
	.array(CitationSchema)
	.min(1, { error: 'At least one source citation is required' });

export type Citation = z.output<typeof CitationSchema>;
