import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
	DimensionTranslationSchema,
	EventTranslationSchema,
	GlossaryTranslationSchema,
	SourceTranslationSchema,
	AssessmentTranslationSchema,
	JurisdictionTranslationSchema,
	StringTableSchema,
	TermsSchema,
	type DimensionTranslation,
	type EventTranslation,
	type GlossaryTranslation,
	type SourceTranslation,
	type AssessmentTranslation,
	type JurisdictionTranslation,
	type StringTable,
	type Terms,
} from '../../schemas/i18n';
import type { ContentProblem } from '../content-problem';
import { parseContentText } from '../read-content';
import { formatIssue } from '../schema-issues';

/** Where the Spanish edition's text lives, relative to the content folder. */
export const SPANISH_DIR = join('i18n', 'es');

/** One translated file: where it is, its checked data and, for MDX, its body. */
export interface TranslatedFile<T> {
	file: string;
	data: T;
	body?: string | undefined;
}

/** Everything under content/i18n/es/, read and schema-checked. */
export interface Translations {
	/** String tables by name: `ui`, `pages/home`, `pages/about`, … */
	tables: Map<string, TranslatedFile<StringTable>>;
	terms: TranslatedFile<Terms> | undefined;
	/** By English dimension id. */
	dimensions: Map<string, TranslatedFile<DimensionTranslation>>;
	/** By English glossary id. */
	glossary: Map<string, TranslatedFile<GlossaryTranslation>>;
	/** Translated summaries, by English jurisdiction id (a jurisdiction may have none yet). */
	jurisdictions: Map<string, TranslatedFile<JurisdictionTranslation>>;
	/** Translated event titles and summaries, by event id. */
	events: Map<string, TranslatedFile<EventTranslation>>;
	/** Translated source notes, by source id. */
	sources: Map<string, TranslatedFile<SourceTranslation>>;
	/** Translated descriptions of outside bodies' lists, by assessment id. */
	assessments: Map<string, TranslatedFile<AssessmentTranslation>>;
}

function listFolder(dir: string, ext: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => extname(name) === ext && !name.startsWith('_'))
		.sort()
		.map((name) => join(dir, name));
}

/**
 * Reads the Spanish edition's files with the content reader's YAML rules and checks each against its
 * schema, reporting problems as `file → field`. Returns undefined when there is no content/i18n/es/
 * folder (a content copy without a Spanish edition, as in some test fixtures).
 * @param contentDir The content folder.
 * @param projectRoot File paths in messages are relative to this folder.
 */
export function readTranslations(
	contentDir: string,
	projectRoot = process.cwd()
): { translations: Translations; problems: ContentProblem[] } | undefined {
	const root = join(contentDir, SPANISH_DIR);
	if (!existsSync(root)) return undefined;
	const problems: ContentProblem[] = [];
	function read<S extends z.ZodType>(
		path: string,
		schema: S
	): TranslatedFile<z.output<S>> | undefined {
		const file = relative(projectRoot, path);
		const parsed = parseContentText(readFileSync(path, 'utf8'), extname(path));
		if ('error' in parsed) {
			problems.push({ file, field: '(file)', message: parsed.error });
			return undefined;
		}
		const result = schema.safeParse(parsed.data);
		if (!result.success) {
			for (const issue of result.error.issues) problems.push({ file, ...formatIssue(issue) });
			return undefined;
		}
		return { file, data: result.data, body: parsed.body };
	}
	const byId = <T>(folder: string, ext: string, schema: z.ZodType<T>) =>
		new Map(
			listFolder(join(root, folder), ext).flatMap((path) => {
				const entry = read(path, schema);
				return entry ? [[basename(path, ext), entry] as const] : [];
			})
		);
	const tables = new Map<string, TranslatedFile<StringTable>>();
	const ui = join(root, 'ui.yaml');
	const uiTable = existsSync(ui) ? read(ui, StringTableSchema) : undefined;
	if (uiTable) tables.set('ui', uiTable);
	for (const path of listFolder(join(root, 'pages'), '.yaml')) {
		const table = read(path, StringTableSchema);
		if (table) tables.set(`pages/${basename(path, '.yaml')}`, table);
	}
	const termsPath = join(root, 'terms.yaml');
	return {
		translations: {
			tables,
			terms: existsSync(termsPath) ? read(termsPath, TermsSchema) : undefined,
			dimensions: byId('dimensions', '.mdx', DimensionTranslationSchema),
			glossary: byId('glossary', '.mdx', GlossaryTranslationSchema),
			jurisdictions: byId('jurisdictions', '.yaml', JurisdictionTranslationSchema),
			events: byId('events', '.yaml', EventTranslationSchema),
			sources: byId('sources', '.yaml', SourceTranslationSchema),
			assessments: byId('assessments', '.yaml', AssessmentTranslationSchema),
		},
		problems,
	};
}
