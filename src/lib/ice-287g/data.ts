import { existsSync, readdirSync, readFileSync } from 'node:fs';
import {
	Ice287gAgencySchema,
	Ice287gListSchema,
	Ice287gUnplacedSchema,
} from '../../schemas/ice-287g';
import type { z } from 'astro/zod';
import { CONTENT_DIR } from '../content-dir';

/**
 * Reads and parses one JSON file of the 287(g) data. The files are read at build time rather than
 * imported: as modules, their 11 MB went through the bundler, which held several hundred megabytes
 * of memory for them for the rest of the build. (So `astro dev` sees an edit to them on restart.)
 */
function readJson(file: string): unknown {
	const text = readFileSync(file, 'utf8');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
	}
}

/** The JSON files of one folder of the 287(g) data, by path, in name order. */
function jsonFiles(folder: string): [string, unknown][] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => [`${folder}/${name}`, readJson(`${folder}/${name}`)]);
}

/** Validates one file's data, failing the build with the file and the first bad field. */
function parseFile<T extends z.ZodType>(schema: T, file: string, value: unknown): z.output<T> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Reads and validates content/ice-287g/: lists oldest first; a missing file or folder is empty. */
function readIce287g() {
	const folder = `${CONTENT_DIR}/ice-287g`;
	const optional = (file: string) => (existsSync(file) ? readJson(file) : []);
	return {
		lists: (existsSync(`${folder}/lists`) ? jsonFiles(`${folder}/lists`) : [])
			.map(([file, value]) => parseFile(Ice287gListSchema, file, value))
			.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
		agencies: parseFile(
			Ice287gAgencySchema.array(),
			`${folder}/agencies.json`,
			optional(`${folder}/agencies.json`)
		),
		unplaced: parseFile(
			Ice287gUnplacedSchema.array(),
			`${folder}/unplaced.json`,
			optional(`${folder}/unplaced.json`)
		),
	};
}

let cache: ReturnType<typeof readIce287g> | undefined;

/** The ICE 287(g) data (content/ice-287g/), read and validated once per build: lists oldest first. */
export function ice287g() {
	return (cache ??= readIce287g());
}
