import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { checkContent } from './lib/check-content';
import type { ContentProblem } from './lib/content-problem';
import { formatProblem } from './lib/validate-dataset';
import {
	COLLECTIONS,
	contentFingerprint,
	parseContentText,
	readAllowances,
	type ParsedText,
	type CollectionName,
} from './lib/read-content';
import { AllowanceSchema } from './schemas/allowance';
import { DimensionTranslationSchema, GlossaryTranslationSchema } from './schemas/i18n';
import { buildDay } from './lib/today';

/**
 * Where the dataset lives. Tests point this at a deliberately broken copy to prove that the build
 * fails with a message naming the file and the field.
 */
const CONTENT_DIR = process.env.ATLAS_CONTENT_DIR ?? './content';

/** Thrown when the content breaks any rule; the message lists every problem as `file → field: …`. */
class ContentError extends Error {
	override name = 'ContentError';
	override stack = '';
}

/** The check's problems only: keeping its dataset would hold a second copy of every entry. */
let verdict: { fingerprint: string; problems: ContentProblem[] } | undefined;

/**
 * Parses made by the whole-folder check, by extension and text, each taken once by the loader:
 * YAML parsing is most of the content sync at thousands of files, so no file is parsed twice.
 */
const checkedParses = new Map<string, ParsedText>();
const parseKey = (text: string, ext: string) => `${ext}\0${text}`;
function parseForLoader(text: string, ext: string): ParsedText {
	const parsed = parseContentText(text, ext);
	checkedParses.set(parseKey(text, ext), parsed);
	return parsed;
}

/**
 * Reads and checks the whole content folder once per build with the same reader the tests use, and
 * stops the build on any problem, listing every file's problems at once.
 */
function assertContentValid(): void {
	// Six collections load in one sync; read the folder once unless a file changed in between.
	const fingerprint = contentFingerprint(CONTENT_DIR);
	if (verdict?.fingerprint !== fingerprint) {
		verdict = {
			fingerprint,
			problems: checkContent(CONTENT_DIR, buildDay(), undefined, parseForLoader).problems,
		};
	}
	const { problems } = verdict;
	if (problems.length > 0) {
		throw new ContentError(
			`The content has ${problems.length} problem(s):\n  ${problems.map(formatProblem).join('\n  ')}\n`
		);
	}
}

/** The check's parse of a file's text when it has one (taken, so it is not kept), else a new parse. */
function takeParse(text: string, ext: string): ParsedText {
	const key = parseKey(text, ext);
	const parsed = checkedParses.get(key) ?? parseContentText(text, ext);
	checkedParses.delete(key);
	return parsed;
}

/**
 * Astro's glob loader for rendering (MDX bodies, digests, watching), but fed the data our reader
 * parsed: dates as written, never YAML timestamps rolled over to another day. Ids come from file
 * names by the reader's one rule.
 */
function atlasLoader(collection: CollectionName): Loader {
	const { ext } = COLLECTIONS[collection];
	const inner = glob({
		pattern: `[^_]*${ext}`,
		base: `${CONTENT_DIR}/${collection}`,
		generateId: ({ entry }) => entry.slice(0, -ext.length),
	});
	return {
		name: 'atlas-loader',
		load: async (context) => {
			assertContentValid();
			await inner.load({
				...context,
				// Re-read the one file (also when the dev server sees it change), never Astro's parse.
				parseData: (props) => {
					const parsed = props.filePath
						? takeParse(readFileSync(props.filePath, 'utf8'), ext)
						: undefined;
					if (parsed && 'error' in parsed)
						throw new ContentError(`${props.filePath} → (file): ${parsed.error}`);
					return context.parseData({ ...props, data: (parsed?.data ?? props.data) as never });
				},
			});
		},
	};
}

export const collections = {
	jurisdictions: defineCollection({
		loader: atlasLoader('jurisdictions'),
		schema: COLLECTIONS.jurisdictions.schema,
	}),
	dimensions: defineCollection({
		loader: atlasLoader('dimensions'),
		schema: COLLECTIONS.dimensions.schema,
	}),
	glossary: defineCollection({
		loader: atlasLoader('glossary'),
		schema: COLLECTIONS.glossary.schema,
	}),
	sources: defineCollection({ loader: atlasLoader('sources'), schema: COLLECTIONS.sources.schema }),
	events: defineCollection({ loader: atlasLoader('events'), schema: COLLECTIONS.events.schema }),
	assessments: defineCollection({
		loader: atlasLoader('assessments'),
		schema: COLLECTIONS.assessments.schema,
	}),
	/** Spanish text of each dimension (content/i18n/es/dimensions/), for its rendered body. */
	esDimensions: defineCollection({
		loader: glob({ pattern: '[^_]*.mdx', base: `${CONTENT_DIR}/i18n/es/dimensions` }),
		schema: DimensionTranslationSchema,
	}),
	/** Spanish text of each glossary term (content/i18n/es/glossary/), for its rendered body. */
	esGlossary: defineCollection({
		loader: glob({ pattern: '[^_]*.mdx', base: `${CONTENT_DIR}/i18n/es/glossary` }),
		schema: GlossaryTranslationSchema,
	}),
	/** Reasoned exceptions to the date checks (content/checks/allow.yaml), read by the same reader. */
	allowances: defineCollection({
		loader: {
			name: 'atlas-allowances',
			load: async ({ store, parseData }) => {
				assertContentValid();
				store.clear();
				for (const entry of readAllowances(CONTENT_DIR).entries) {
					const data = await parseData({ id: entry.id, data: entry.data });
					store.set({ id: entry.id, data, filePath: entry.filePath ?? '' });
				}
			},
		},
		schema: AllowanceSchema,
	}),
};
