import { z } from 'astro/zod';

/** A place's name in Spanish as a reader types it, with other Spanish names that should find it. */
export const SpanishNameSchema = z.strictObject({
	name: z.string().min(2).max(120),
	aliases: z.array(z.string().min(2).max(120)).max(10).optional(),
});

/**
 * content/place-names-es.yaml: Spanish names of jurisdiction pages (by page id) and of US states
 * (by postal code), each only where it differs from the English; a state page without its own
 * entry takes its state's name.
 */
export const PlaceNamesEsSchema = z.strictObject({
	jurisdictions: z.record(z.string(), SpanishNameSchema).default({}),
	states: z
		.record(
			z.string().regex(/^[A-Z]{2}$/, { error: 'Expected a two-letter postal code such as NY' }),
			SpanishNameSchema
		)
		.default({}),
});

export type SpanishName = z.output<typeof SpanishNameSchema>;
export type PlaceNamesEs = z.output<typeof PlaceNamesEsSchema>;
