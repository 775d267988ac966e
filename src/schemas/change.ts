import { z } from 'astro/zod';
import { IsoDaySchema } from './date';

/** Kinds of change recorded in a page's history. */
export const CHANGE_KINDS = ['published', 'correction', 'update', 'review'] as const;

/** Plain-language labels for each change kind. */
export const CHANGE_KIND_LABELS: Record<(typeof CHANGE_KINDS)[number], string> = {
	published: 'Published',
	correction: 'Correction',
	update: 'Update',
	review: 'Review',
};

/** What each change kind means, for readers of /corrections/. */
export const CHANGE_KIND_MEANINGS: Record<(typeof CHANGE_KINDS)[number], string> = {
	published: 'The page first appeared on the site.',
	correction: 'Something the page said was wrong and has been fixed.',
	update: 'Something new happened, such as a new law or ruling, and the page now records it.',
	review: 'Every value on the page was checked again against its sources.',
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
