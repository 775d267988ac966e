import { prepareDataset } from './prepare-dataset';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { AllowanceSchema, type Allowance } from '../schemas/allowance';
import { AssessmentSchema } from '../schemas/assessment';
import { DimensionSchema } from '../schemas/dimension';
import { EventSchema } from '../schemas/event';
import { GlossaryTermSchema } from '../schemas/glossary';
import { JurisdictionSchema } from '../schemas/jurisdiction';
import { PlaceNamesEsSchema, type PlaceNamesEs } from '../schemas/place-names-es';
import { checkSizes, FILE_LIMIT_BYTES, BODY_LIMIT_CHARS } from '../schemas/limits';
import { SourceSchema } from '../schemas/source';
import type { DataEntry, Dataset } from './dataset-types';
import { checkMdxBody } from './mdx-body';
import { formatIssue, formatPath } from './schema-issues';
import type { ContentProblem } from './content-problem';

/** Every collection: its folder under the content directory, its one file extension, its schema. */
export const COLLECTIONS = {
	jurisdictions: { schema: JurisdictionSchema, ext: '.mdx' },
	dimensions: { schema: DimensionSchema, ext: '.mdx' },
	glossary: { schema: GlossaryTermSchema, ext: '.mdx' },
	sources: { schema: SourceSchema, ext: '.yaml' },
	events: { schema: EventSchema, ext: '.yaml' },
	assessments: { schema: AssessmentSchema, ext: '.yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The one naming rule: a file's name is its id, used in URLs and citations. */
export const ID_RULE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What reading the content folder found. */
export interface ContentRead {
	dataset: Dataset;
	problems: ContentProblem[];
	/** `collection/id` of files that exist but could not be read, so references to them are not reported twice. */
	unreadable: Set<string>;
}

/**
 * YAML as written: the core schema has no timestamps (so `2021-02-30` stays text and is rejected
 * rather than rolled over to March), duplicate keys are errors and aliases are refused outright.
 */
function parseYaml(text: string): { data?: unknown; error?: string } {
	const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
	const first = doc.errors[0];
	if (first) {
		const where = first.linePos?.[0] ? ` (line ${first.linePos[0].line})` : '';
		return { error: `not valid YAML${where}: ${first.message.split('\n')[0]}` };
	}
	try {
		// The YAML parser builds long strings by concatenation, and V8 keeps them as ropes (a node per
		// piece): the Spanish pairs alone took 4.6 times their flat size, most of the build's memory at
		// thousands of pages. A structured clone makes every string flat, once, as it is read.
		return { data: structuredClone(doc.toJS({ maxAliasCount: 0 })) };
	} catch {
		return { error: 'YAML aliases (&name / *name) are not allowed; write each value out in full' };
	}
}

/** The same text as a string of its own, holding no larger string it was cut from. */
export function flatCopy(text: string): string {
	return Buffer.from(text, 'utf8').toString('utf8');
}

/** Splits an MDX file into frontmatter text, body and the line the body starts on. */
function splitFrontmatter(text: string) {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
	if (!match) return undefined;
	const head = text.length - match[2]!.length;
	return {
		frontmatter: match[1]!,
		// A copy, not a slice: a slice keeps the whole file's text alive for as long as the body is.
		body: flatCopy(match[2]!),
		bodyLine: text.slice(0, head).split('\n').length,
	};
}

/** The line of the first byte that is not valid UTF-8, or undefined when the file is UTF-8. */
function firstBadUtf8Line(bytes: Buffer): number | undefined {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return undefined;
	} catch {
		// The lenient decoder turns the first bad byte into U+FFFD, the "�" readers would have seen.
		const text = bytes.toString('utf8');
		return text.slice(0, Math.max(0, text.indexOf('\uFFFD'))).split('\n').length;
	}
}

function listFiles(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

/** A file's data as written and, for MDX, its body and the line the body starts on. */
export type ParsedText =
	{ data: Record<string, unknown>; body: string | undefined; bodyLine: number } | { error: string };

/**
 * Parses one content file's text: the whole file (YAML) or the frontmatter (MDX) as YAML with dates
 * as written. The build's loader hands this data to Astro in place of Astro's own parse.
 * @param text The file's text (UTF-8 already checked).
 * @param ext `.yaml` or `.mdx`.
 */
export function parseContentText(text: string, ext: string): ParsedText {
	// A byte-order mark is valid UTF-8 and Astro ignores it; so does this reader.
	const clean = text.replace(/^\uFEFF/, '');
	let yamlText = clean;
	let body: string | undefined;
	let bodyLine = 1;
	if (ext === '.mdx') {
		const parts = splitFrontmatter(clean);
		if (!parts) {
			return {
				error: 'no frontmatter; start the file with --- on its own line, the fields, then ---',
			};
		}
		({ frontmatter: yamlText, body, bodyLine } = parts);
	}
	const parsed = parseYaml(yamlText);
	if (parsed.error !== undefined) return { error: parsed.error };
	if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
		return { error: 'expected fields (name: value lines) at the top level' };
	}
	return { data: parsed.data as Record<string, unknown>, body, bodyLine };
}

/** Names, sizes and modification times of every file under `contentDir`: changes when any file does. */
export function contentFingerprint(contentDir: string): string {
	return listFiles(contentDir)
		.map((path) => {
			const stat = statSync(path);
			return `${path}:${stat.size}:${stat.mtimeMs}`;
		})
		.join('\n');
}

/**
 * Reads the content folder for both the build (src/content.config.ts) and the tests: one naming
 * rule, UTF-8 only, size limits, YAML with dates as written, MDX parsed by the build's own parser,
 * and every schema. Reports every file's problems, one file's at a time, never a follow-on.
 * @param contentDir The content folder (`./content`, or a broken copy in tests).
 * @param projectRoot File paths in messages are relative to this folder.
 * @param parse Parses one file's text; the build passes one that keeps the result for its loader.
 */
export function readContent(
	contentDir: string,
	projectRoot = process.cwd(),
	parse: typeof parseContentText = parseContentText
): ContentRead {
	const problems: ContentProblem[] = [];
	const unreadable = new Set<string>();
	const dataset = {} as Record<CollectionName, DataEntry<unknown>[]>;
	for (const [collection, { schema, ext }] of Object.entries(COLLECTIONS)) {
		const folder = join(contentDir, collection);
		const entries: DataEntry<unknown>[] = [];
		for (const path of listFiles(folder).sort()) {
			const name = basename(path);
			if (name.startsWith('_') || name.startsWith('.')) continue;
			const file = relative(projectRoot, path);
			const extension = extname(name);
			const id = basename(name, extension);
			const fileProblem = (field: string, message: string) =>
				problems.push({ file, field, message });
			if (relative(folder, path).includes('/')) {
				fileProblem(
					'(file name)',
					`subfolders are not read; move the file into content/${collection}/`
				);
				continue;
			}
			if (extension !== ext) {
				fileProblem(
					'(file name)',
					`files in content/${collection}/ end in ${ext}; rename it to ${id}${ext}${extension === '.yml' ? ' (one extension, so one id per file)' : ''}`
				);
				continue;
			}
			if (!ID_RULE.test(id)) {
				fileProblem(
					'(file name)',
					`"${name}" is not a valid id; use lowercase letters, digits and single hyphens, e.g. ${
						id
							.toLowerCase()
							.replace(/[^a-z0-9]+/g, '-')
							.replace(/^-|-$/g, '') || 'new-entry'
					}${ext}`
				);
				continue;
			}
			const key = `${collection}/${id}`;
			const bytes = readFileSync(path);
			if (bytes.length > FILE_LIMIT_BYTES) {
				fileProblem(
					'(file)',
					`${bytes.length} bytes; the limit is ${FILE_LIMIT_BYTES} bytes per file`
				);
				unreadable.add(key);
				continue;
			}
			const badLine = firstBadUtf8Line(bytes);
			if (badLine !== undefined) {
				fileProblem(
					'(file)',
					`not UTF-8 (first bad byte on line ${badLine}); save the file as UTF-8`
				);
				unreadable.add(key);
				continue;
			}
			const parsed = parse(bytes.toString('utf8'), ext);
			if ('error' in parsed) {
				fileProblem('(file)', parsed.error);
				unreadable.add(key);
				continue;
			}
			const { body, bodyLine } = parsed;
			for (const issue of checkSizes(parsed.data))
				fileProblem(formatPath(issue.path), issue.message);
			if (body !== undefined) {
				if (body.length > BODY_LIMIT_CHARS) {
					fileProblem('body', `${body.length} characters; the limit is ${BODY_LIMIT_CHARS}`);
				} else {
					for (const issue of checkMdxBody(body, bodyLine)) fileProblem(issue.field, issue.message);
				}
			}
			const result = (schema as z.ZodType).safeParse(parsed.data);
			if (!result.success) {
				for (const issue of result.error.issues) {
					problems.push({ file, ...formatIssue(issue) });
				}
				unreadable.add(key);
				continue;
			}
			entries.push({ id, data: result.data, filePath: file, body });
		}
		dataset[collection as CollectionName] = entries;
	}
	const allowances = readAllowances(contentDir, projectRoot);
	problems.push(...allowances.problems);
	const placeNamesEs = readPlaceNamesEs(contentDir, projectRoot);
	problems.push(...placeNamesEs.problems);
	// In display order, as loadDataset gives it, so tests see what the pages see.
	return {
		dataset: prepareDataset({
			...(dataset as unknown as Dataset),
			allowances: allowances.entries,
			...(placeNamesEs.entry ? { placeNamesEs: placeNamesEs.entry } : {}),
		}),
		problems,
		unreadable,
	};
}

/** Where the reasoned exceptions to the date checks live, relative to the content folder. */
export const ALLOWANCES_FILE = join('checks', 'allow.yaml');

/** Reads one YAML file of the content folder by the common rules; no file reads as `undefined`. */
function readYamlFile(
	contentDir: string,
	name: string,
	projectRoot: string
): { file: string; data?: unknown; problems: ContentProblem[] } {
	const path = join(contentDir, name);
	const file = relative(projectRoot, path);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return { file, problems: [] };
	}
	const parsed = parseYaml(text);
	if (parsed.error !== undefined)
		return { file, problems: [{ file, field: '(file)', message: parsed.error }] };
	return { file, data: parsed.data ?? {}, problems: [] };
}

/**
 * Reads content/checks/allow.yaml, a map of id → allowance (no file means no exceptions), with the
 * same YAML rules as every other content file.
 */
export function readAllowances(
	contentDir: string,
	projectRoot = process.cwd()
): { entries: DataEntry<Allowance>[]; problems: ContentProblem[] } {
	const { file, data, problems } = readYamlFile(contentDir, ALLOWANCES_FILE, projectRoot);
	if (data === undefined) return { entries: [], problems };
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return {
			entries: [],
			problems: [{ file, field: '(file)', message: 'expected id: { check, …, reason } entries' }],
		};
	}
	const entries = Object.entries(data).flatMap(([id, raw]) => {
		const result = AllowanceSchema.safeParse(raw);
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push({ file, ...formatIssue(issue, [id]) });
			}
			return [];
		}
		return [{ id, data: result.data, filePath: file }];
	});
	return { entries, problems };
}

/** Where the Spanish names of places live, relative to the content folder. */
export const PLACE_NAMES_ES_FILE = 'place-names-es.yaml';

/**
 * Reads content/place-names-es.yaml (no file means no Spanish names), with the same YAML rules as
 * every other content file; whether its keys name existing pages is checked by `validateDataset`.
 */
export function readPlaceNamesEs(
	contentDir: string,
	projectRoot = process.cwd()
): { entry?: DataEntry<PlaceNamesEs>; problems: ContentProblem[] } {
	const { file, data, problems } = readYamlFile(contentDir, PLACE_NAMES_ES_FILE, projectRoot);
	if (data === undefined) return { problems };
	const result = PlaceNamesEsSchema.safeParse(data);
	if (!result.success) {
		for (const issue of result.error.issues) problems.push({ file, ...formatIssue(issue) });
		return { problems };
	}
	return { entry: { id: 'place-names-es', data: result.data, filePath: file }, problems };
}
