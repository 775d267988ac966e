import { z } from 'astro/zod';
import { CitationsSchema } from './citation';
import { IsoDaySchema } from './date';

/** A term explained for readers; one MDX file per term in content/glossary/. */
export const GlossaryTermSchema = z.strictObject({
	term: z.string().min(2),
	/** Other names and spellings readers use, e.g. "ICE hold" for detainer. */
	aliases: z.array(z.string().min(1)).default([]),
	/** One or two sentences, shown in lists and search results. */
	short: z.string().min(20),
	sources: CitationsSchema,
	verified: IsoDaySchema,
});

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
