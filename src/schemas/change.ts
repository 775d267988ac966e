import { z } from 'astro/zod';
import { IsoDaySchema } from './date';

/** Kinds of change recorded in a page's history. */
export const CHANGE_KINDS = ['published', 'correction', 'update', 'review'] as const;

/**
 * Plain-language labels for each change kind in English, for the English home page's recent
 * changes; the page views take both languages' from content/i18n/es/pages/jurisdiction.yaml, whose
 * English the translation check holds to these.
 */
export const CHANGE_KIND_LABELS: Record<(typeof CHANGE_KINDS)[number], string> = {
	published: 'Published',
	correction: 'Correction',
	update: 'Update',
	review: 'Review',
};

/** One dated change to a jurisdiction page, recorded in its frontmatter so the changelog is data. */
export const ChangeSchema = z.strictObject({
	/** The day the change was made to the page. */
	date: IsoDaySchema,
	kind: z.enum(CHANGE_KINDS),
	/** What changed on the page, in one neutral sentence. */
	summary: z.string().trim().min(5),
});

export type Change = z.output<typeof ChangeSchema>;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
