import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { assessmentTextsOf, jurisdictionTextsOf } from './content-texts';
import { policyTextsOf } from './policy-texts';
import { SPANISH_DIR } from './read-translations';

interface Pair {
	en: string;
	es: string;
}

/** New pairs for the English texts that have none, after the ones already there (kept as they are). */
function withNew(pairs: Pair[] = [], english: string[]): Pair[] {
	const have = new Set(pairs.map((p) => p.en));
	return [...pairs, ...english.filter((en) => !have.has(en)).map((en) => ({ en, es: '' }))];
}

const readYaml = (path: string) =>
	existsSync(path) ? ((parse(readFileSync(path, 'utf8')) ?? {}) as Record<string, unknown>) : {};
const frontmatter = (path: string) =>
	parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))![1]!) as Record<
		string,
		never
	>;
const ids = (dir: string, ext: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith(ext) && !f.startsWith('_'))
				.map((f) => f.slice(0, -ext.length))
		: [];

/**
 * Adds to content/i18n/es/ a `{ en, es: "" }` pair for every English text a Spanish page would show
 * that has none yet (summaries, policy-card texts, other page texts, events, source notes, list
 * descriptions), copying the English exactly, so a translator fills only `es` and the build's
 * missing-translation error names each empty one. Existing pairs are left alone.
 * @returns the files written.
 */
export function addSpanishPairs(contentDir: string): string[] {
	const es = join(contentDir, SPANISH_DIR);
	const written: string[] = [];
	const write = (folder: string, id: string, data: unknown, before: unknown) => {
		if (JSON.stringify(data) === JSON.stringify(before)) return;
		mkdirSync(join(es, folder), { recursive: true });
		const path = join(es, folder, `${id}.yaml`);
		writeFileSync(path, stringify(data, { lineWidth: 0 }));
		written.push(path);
	};
	for (const id of ids(join(contentDir, 'jurisdictions'), '.mdx')) {
		const j = frontmatter(join(contentDir, 'jurisdictions', `${id}.mdx`)) as Record<string, any>;
		const data = {
			classifications: [],
			statistics: [],
			changes: [],
			...j,
			policies: (j.policies ?? []).map((p: any) => ({ history: [], ...p })),
		};
		const path = join(es, 'jurisdictions', `${id}.yaml`);
		const before = readYaml(path) as Record<string, any>;
		const summary = before.summary?.en === j.summary ? before.summary : { en: j.summary, es: '' };
		const policies: Record<string, Pair[]> = { ...before.policies };
		for (const policy of data.policies)
			policies[policy.dimension] = withNew(policies[policy.dimension], policyTextsOf(policy));
		const texts = withNew(before.texts, jurisdictionTextsOf(data as never));
		write('jurisdictions', id, { ...before, summary, policies, texts }, before);
	}
	for (const id of ids(join(contentDir, 'events'), '.yaml')) {
		const event = readYaml(join(contentDir, 'events', `${id}.yaml`)) as Record<string, string>;
		const before = readYaml(join(es, 'events', `${id}.yaml`)) as Record<string, Pair>;
		const pair = (field: 'title' | 'summary') =>
			before[field]?.en === event[field] ? before[field] : { en: event[field]!, es: '' };
		write('events', id, { title: pair('title'), summary: pair('summary') }, before);
	}
	for (const id of ids(join(contentDir, 'sources'), '.yaml')) {
		const { note } = readYaml(join(contentDir, 'sources', `${id}.yaml`)) as { note?: string };
		if (!note) continue;
		const before = readYaml(join(es, 'sources', `${id}.yaml`)) as { note?: Pair };
		write(
			'sources',
			id,
			{ note: before.note?.en === note ? before.note : { en: note, es: '' } },
			before
		);
	}
	for (const id of ids(join(contentDir, 'assessments'), '.yaml')) {
		const a = readYaml(join(contentDir, 'assessments', `${id}.yaml`)) as Record<string, any>;
		const before = readYaml(join(es, 'assessments', `${id}.yaml`)) as { texts?: Pair[] };
		const texts = withNew(before.texts, assessmentTextsOf({ lists: [], ...a } as never));
		write('assessments', id, { texts }, before);
	}
	return written;
}
