import { existsSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { checkContent } from './lib/check-content';
import { CONTENT_DIR } from './lib/content-dir';
import type { ContentProblem } from './lib/content-problem';
import { formatProblem } from './lib/validate-dataset';
import {
	COLLECTIONS,
	contentFingerprint,
	flatCopy,
	parseContentText,
	readAllowances,
	readPlaceNamesEs,
	type ParsedText,
	type CollectionName,
} from './lib/read-content';
import { AllowanceSchema } from './schemas/allowance';
import { PlaceNamesEsSchema } from './schemas/place-names-es';
import { DimensionTranslationSchema, GlossaryTranslationSchema } from './schemas/i18n';
import { buildDay } from './lib/today';
import { letterFirstHeadingIds, proseToMarkdown, type CitedSource } from './lib/prose';
import { loadTranslations } from './lib/i18n/load';
import { fillTerms } from './lib/i18n/terms';

/** Thrown when the content breaks any rule; the message lists every problem as `file → field: …`. */
class ContentError extends Error {
	override name = 'ContentError';
	override stack = '';
}

/**
 * The check's problems, and what inline citations need of each source (publisher and date): keeping
 * its whole dataset would hold a second copy of every entry.
 */
let verdict:
	| { fingerprint: string; problems: ContentProblem[]; citedSources: Map<string, CitedSource> }
	| undefined;

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
		const { problems, warnings, dataset } = checkContent(
			CONTENT_DIR,
			buildDay(),
			undefined,
			parseForLoader
		);
		// Once per read of the folder, so six collections do not print the same lines six times.
		if (warnings.length > 0)
			console.warn(
				`The Spanish edition has ${warnings.length} stale translation(s):\n  ${warnings.map(formatProblem).join('\n  ')}`
			);
		verdict = {
			fingerprint,
			problems,
			citedSources: new Map(
				dataset.sources.map((s) => [
					s.id,
					{ publisher: s.data.publisher, published: s.data.published },
				])
			),
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
 * Bumped when the way bodies are rendered changes, so entries stored by an earlier build (whose
 * digests still match their files) are rendered again rather than kept.
 */
const RENDERING = 'prose-markdown-2';

/**
 * Wraps a glob loader of `.mdx` files so that their bodies are rendered here, once, as Markdown with
 * their citations already links, rather than left to MDX, which compiles every body into a module of
 * the build: at thousands of pages that was the largest share of the build's memory and time.
 * @param inner The glob loader.
 * @param parseData How to parse each entry's data, or Astro's own parse when absent.
 * @param language `es` for Spanish text, whose `[[term]]` references take the terminology list's
 *   wording before rendering, as its frontmatter strings do.
 */
function withRenderedProse(
	inner: Loader,
	parseData?: (context: LoaderContext) => LoaderContext['parseData'],
	language: 'en' | 'es' = 'en'
): Loader {
	return {
		name: inner.name,
		load: async (context) => {
			assertContentValid();
			const cited = verdict!.citedSources;
			// A content copy without a Spanish edition (some test fixtures) has no Spanish bodies either.
			const spanish = language === 'es' && existsSync(`${CONTENT_DIR}/i18n/es`);
			const terms = spanish ? (loadTranslations().terms?.data ?? {}) : {};
			// A source's publisher or date is part of every label that cites it, and a term's wording of
			// every Spanish text that names it: render all bodies again when any changes (or the
			// rendering itself does), since a body's own digest would not.
			const renderKey = `${RENDERING}:${context.generateDigest(JSON.stringify([[...cited], terms]))}`;
			if (context.meta.get('rendered-with') !== renderKey) {
				context.store.clear();
				context.meta.set('rendered-with', renderKey);
			}
			const bodies: Parameters<typeof context.store.set>[0][] = [];
			const store: typeof context.store = {
				...context.store,
				// The glob loader marks MDX entries for rendering as modules; hold them back to render here.
				set: (entry) => {
					if (!entry.deferredRender) return context.store.set(entry);
					bodies.push(entry);
					return true;
				},
			};
			await inner.load({ ...context, store, parseData: parseData?.(context) ?? context.parseData });
			for (const { deferredRender: _, ...entry } of bodies) {
				const body = language === 'es' ? fillTerms(entry.body ?? '', terms) : (entry.body ?? '');
				const rendered = letterFirstHeadingIds(
					await context.renderMarkdown(proseToMarkdown(body, cited))
				);
				// Astro's body is a slice of the file's text, which it would keep alive all build long.
				context.store.set({
					...entry,
					...(entry.body ? { body: flatCopy(entry.body) } : {}),
					rendered,
				});
			}
		},
	};
}

/**
 * Astro's glob loader (digests, watching), but fed the data our reader parsed: dates as written,
 * never YAML timestamps rolled over to another day. Ids come from file names by the reader's one
 * rule. Page bodies are rendered by `withRenderedProse`.
 */
function atlasLoader(collection: CollectionName): Loader {
	const { ext } = COLLECTIONS[collection];
	const inner = glob({
		pattern: `[^_]*${ext}`,
		base: `${CONTENT_DIR}/${collection}`,
		generateId: ({ entry }) => entry.slice(0, -ext.length),
	});
	// Re-read the one file (also when the dev server sees it change), never Astro's parse.
	const parseData =
		(context: LoaderContext): LoaderContext['parseData'] =>
		(props) => {
			const parsed = props.filePath
				? takeParse(readFileSync(props.filePath, 'utf8'), ext)
				: undefined;
			if (parsed && 'error' in parsed)
				throw new ContentError(`${props.filePath} → (file): ${parsed.error}`);
			return context.parseData({ ...props, data: (parsed?.data ?? props.data) as never });
		};
	if (ext !== '.mdx') {
		return {
			name: 'atlas-loader',
			load: async (context) => {
				assertContentValid();
				await inner.load({ ...context, parseData: parseData(context) });
			},
		};
	}
	return withRenderedProse({ ...inner, name: 'atlas-loader' }, parseData);
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
		loader: withRenderedProse(
			glob({ pattern: '[^_]*.mdx', base: `${CONTENT_DIR}/i18n/es/dimensions` }),
			undefined,
			'es'
		),
		schema: DimensionTranslationSchema,
	}),
	/** Spanish text of each glossary term (content/i18n/es/glossary/), for its rendered body. */
	esGlossary: defineCollection({
		loader: withRenderedProse(
			glob({ pattern: '[^_]*.mdx', base: `${CONTENT_DIR}/i18n/es/glossary` }),
			undefined,
			'es'
		),
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
	/** Spanish names of pages and states (content/place-names-es.yaml): one entry, the whole file. */
	placeNamesEs: defineCollection({
		loader: {
			name: 'atlas-place-names-es',
			load: async ({ store, parseData }) => {
				assertContentValid();
				store.clear();
				const { entry } = readPlaceNamesEs(CONTENT_DIR);
				if (!entry) return;
				const data = await parseData({ id: entry.id, data: entry.data });
				store.set({ id: entry.id, data, filePath: entry.filePath ?? '' });
			},
		},
		schema: PlaceNamesEsSchema,
	}),
};
