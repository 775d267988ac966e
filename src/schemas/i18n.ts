import { z } from 'astro/zod';

/** A dotted key of a string table, e.g. `nav.compare`. */
const KeySchema = z.string().regex(/^[a-z0-9]+([.-][a-zA-Z0-9_]+)*$/, {
	error: 'Expected a dotted key such as nav.compare or column.policies.source_ids',
});

/**
 * One string in both languages. The Spanish may be missing: the translation check then names the
 * file and key, rather than the schema rejecting the whole file.
 */
const PairSchema = z.strictObject({
	/** The English text, as the English page says it; the source translators work from. */
	en: z.string().min(1),
	/** The Spanish text. */
	es: z.string().optional(),
});

/** A table of interface strings (content/i18n/es/ui.yaml, content/i18n/es/pages/<page>.yaml). */
export const StringTableSchema = z.record(KeySchema, PairSchema);

/** One concept of the terminology list and the words Spanish text uses for it. */
const TermSchema = z.strictObject({
	/** The English term as the site uses it. */
	en: z.string().min(1),
	/** The Spanish wording, used the first time the concept is named on a page. */
	es: z.string().min(1),
	/** A shorter Spanish form for later mentions, when there is one. */
	short: z.string().min(1).optional(),
	/** Why this wording: for translators, not shown to readers. */
	note: z.string().optional(),
});

/** The terminology list (content/i18n/es/terms.yaml): id → term. */
export const TermsSchema = z.record(KeySchema, TermSchema);

/** A dimension's Spanish text (content/i18n/es/dimensions/<id>.mdx); the body is the explanation. */
export const DimensionTranslationSchema = z.strictObject({
	title: z.string().min(3),
	shortTitle: z.string().min(2),
	question: z.string().min(10),
	/** Each coded value's label and description, by the English value id. */
	values: z.record(
		KeySchema,
		z.strictObject({ label: z.string().min(2), description: z.string().min(10) })
	),
});

/**
 * A glossary term's Spanish text (content/i18n/es/glossary/<id>.mdx); without a body the page shows
 * the English explanation under a note saying it is not yet translated.
 */
export const GlossaryTranslationSchema = z.strictObject({
	term: z.string().min(2),
	aliases: z.array(z.string().min(1)).default([]),
	short: z.string().min(20),
});

/** One English content text and its Spanish translation, both required. */
const TextPairSchema = z.strictObject({
	/** The English text the Spanish was made from, copied exactly. */
	en: z.string().min(1),
	/** Its Spanish translation. */
	es: z.string().min(1),
});

/**
 * A jurisdiction's Spanish texts (content/i18n/es/jurisdictions/<id>.yaml): its summary and, by
 * dimension id, the texts its policy cards show (details of the current and earlier values, what was
 * searched). Each keeps the English it was made from, so a later change to the English shows the
 * translation as stale instead of silently showing an outdated Spanish text.
 */
export const JurisdictionTranslationSchema = z.strictObject({
	summary: TextPairSchema,
	policies: z.record(KeySchema, z.array(TextPairSchema).min(1)).default({}),
	/**
	 * The page's other texts: what was checked for changes, the jail note, list results and details,
	 * statistics notes and page-history entries, each matched on its exact English.
	 */
	texts: z.array(TextPairSchema).default([]),
});

/** A timeline event's Spanish title and summary (content/i18n/es/events/<id>.yaml). */
export const EventTranslationSchema = z.strictObject({
	title: TextPairSchema,
	summary: TextPairSchema,
});

/**
 * An outside body's list, described in Spanish (content/i18n/es/assessments/<id>.yaml): its
 * description, standing and each list's label and meaning, as `{ en, es }` pairs matched on their
 * exact English. The document's title and the body's name stay as written.
 */
export const AssessmentTranslationSchema = z.strictObject({
	texts: z.array(TextPairSchema).min(1),
});

/** A source's Spanish note (content/i18n/es/sources/<id>.yaml); titles and publishers stay as written. */
export const SourceTranslationSchema = z.strictObject({
	note: TextPairSchema,
});

export type StringTable = z.output<typeof StringTableSchema>;
export type Terms = z.output<typeof TermsSchema>;
export type DimensionTranslation = z.output<typeof DimensionTranslationSchema>;
export type GlossaryTranslation = z.output<typeof GlossaryTranslationSchema>;
export type JurisdictionTranslation = z.output<typeof JurisdictionTranslationSchema>;
export type EventTranslation = z.output<typeof EventTranslationSchema>;
export type SourceTranslation = z.output<typeof SourceTranslationSchema>;
export type AssessmentTranslation = z.output<typeof AssessmentTranslationSchema>;
