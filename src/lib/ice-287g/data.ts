import {
	Ice287gAgencySchema,
	Ice287gListSchema,
	Ice287gUnplacedSchema,
	type Ice287gAgency,
	type Ice287gList,
	type Ice287gUnplaced,
} from '../../schemas/ice-287g';
import type { z } from 'astro/zod';

const listFiles = import.meta.glob<unknown>('/content/ice-287g/lists/*.json', {
	eager: true,
	import: 'default',
});
const agencyFile = import.meta.glob<unknown>('/content/ice-287g/agencies.json', {
	eager: true,
	import: 'default',
});
const unplacedFile = import.meta.glob<unknown>('/content/ice-287g/unplaced.json', {
	eager: true,
	import: 'default',
});

/** Validates one imported file, failing the build with the file and the first bad field. */
function parseFile<T extends z.ZodType>(schema: T, file: string, value: unknown): z.output<T> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	throw new Error(`${file.slice(1)}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

let cache:
	{ lists: Ice287gList[]; agencies: Ice287gAgency[]; unplaced: Ice287gUnplaced[] } | undefined;

/** The imported ICE 287(g) data, validated once per build: lists oldest first. */
export function ice287g() {
	return (cache ??= {
		lists: Object.entries(listFiles)
			.map(([file, value]) => parseFile(Ice287gListSchema, file, value))
			.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
		agencies: Object.entries(agencyFile).flatMap(([file, value]) =>
			parseFile(Ice287gAgencySchema.array(), file, value)
		),
		unplaced: Object.entries(unplacedFile).flatMap(([file, value]) =>
			parseFile(Ice287gUnplacedSchema.array(), file, value)
		),
	});
}
