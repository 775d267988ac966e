import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { AssessmentSchema } from '../../src/schemas/assessment';
import { DimensionSchema } from '../../src/schemas/dimension';
import { EventSchema } from '../../src/schemas/event';
import { GlossaryTermSchema } from '../../src/schemas/glossary';
import { JurisdictionSchema } from '../../src/schemas/jurisdiction';
import { SourceSchema } from '../../src/schemas/source';
import type { DataEntry, Dataset } from '../../src/lib/dataset-types';
import type { ContentProblem } from '../../src/lib/validate-dataset';

const COLLECTIONS = {
	jurisdictions: { schema: JurisdictionSchema, ext: ['.mdx'] },
	dimensions: { schema: DimensionSchema, ext: ['.mdx'] },
	glossary: { schema: GlossaryTermSchema, ext: ['.mdx'] },
	sources: { schema: SourceSchema, ext: ['.yaml', '.yml'] },
	events: { schema: EventSchema, ext: ['.yaml', '.yml'] },
	assessments: { schema: AssessmentSchema, ext: ['.yaml', '.yml'] },
} as const;

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

/** Splits an MDX file into its YAML frontmatter and body, as Astro's glob loader does. */
function splitFrontmatter(text: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) return { data: {}, body: text };
	return { data: parseYaml(match[1]!), body: match[2]! };
}

/**
 * Reads a content folder the way the glob loaders in src/content.config.ts do (same schemas, same
 * ids), so tests can validate the real dataset and broken fixtures without running Astro.
 */
export function loadContent(contentDir: string, projectRoot = process.cwd()) {
	const problems: ContentProblem[] = [];
	const dataset = {} as Record<keyof typeof COLLECTIONS, DataEntry<unknown>[]>;
	for (const [collection, { schema, ext }] of Object.entries(COLLECTIONS)) {
		const entries: DataEntry<unknown>[] = [];
		for (const path of listFiles(join(contentDir, collection))) {
			const extension = extname(path);
			if (!(ext as readonly string[]).includes(extension) || basename(path).startsWith('_'))
				continue;
			const file = relative(projectRoot, path);
			const text = readFileSync(path, 'utf8');
			let raw: unknown;
			let body: string | undefined;
			try {
				if (extension === '.mdx') ({ data: raw, body } = splitFrontmatter(text));
				else raw = parseYaml(text);
			} catch (error) {
				problems.push({
					file,
					field: '(file)',
					message: `not valid YAML: ${(error as Error).message}`,
				});
				continue;
			}
			const result = (schema as z.ZodType).safeParse(raw);
			if (!result.success) {
				for (const issue of result.error.issues) {
					problems.push({ file, field: issue.path.join('.') || '(root)', message: issue.message });
				}
				continue;
			}
			entries.push({ id: basename(path, extension), data: result.data, filePath: file, body });
		}
		dataset[collection as keyof typeof COLLECTIONS] = entries;
	}
	return { dataset: dataset as unknown as Dataset, problems };
}
