import { z } from 'astro/zod';
import { CitationsSchema } from './citation';
import { PartialDateSchema } from './date';

/** Who made an assessment: the federal government, or an outside organisation. */
export const ASSESSOR_KINDS = [
	'federal-government',
	'state-government',
	'court',
	'advocacy',
	'research',
] as const;

/** One place a list names, as the document names it, and the id of its page where there is one. */
export const ListMemberSchema = z.strictObject({
	/** The name as the document (or the reports of it) give it, e.g. "Baltimore County, MD". */
	name: z.string().min(2),
	/** The id of the jurisdiction page that codes this place. */
	jurisdiction: z.string().min(1).optional(),
});

export type ListMember = z.output<typeof ListMemberSchema>;

/** A review, list or finding by another body that classifies jurisdictions (DOJ, DHS, ILRC, CIS…). */
export const AssessmentSchema = z.strictObject({
	/** The name of the list or finding, e.g. "DOJ preliminary §1373 findings". */
	title: z.string().min(3),
	/** The body that made it. */
	body: z.string().min(2),
	bodyKind: z.enum(ASSESSOR_KINDS),
	/** When it was issued. */
	date: PartialDateSchema,
	/** What the body did and by what criteria, in neutral words. */
	description: z.string().min(20),
	/** Whether it still stands (e.g. the DHS list was withdrawn within days). */
	standing: z.string().min(3).optional(),
	/**
	 * The lists or sections of the document, each with what appearing in it means (in the body's own
	 * terms). Classifications name one of these ids instead of describing the listing in free text.
	 */
	lists: z
		.array(
			z.strictObject({
				id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Expected a kebab-case id' }),
				label: z.string().min(3),
				meaning: z.string().min(20),
				/**
				 * Everyone the document names in this list, in its own order and words, so the site can
				 * say which of them it covers; `jurisdiction` is the page's id once that place is coded.
				 */
				members: z.array(ListMemberSchema).optional(),
			})
		)
		.default([]),
	sources: CitationsSchema,
});

export type Assessment = z.output<typeof AssessmentSchema>;
