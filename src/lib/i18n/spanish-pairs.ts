import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { assessmentTextsOf, jurisdictionTextsOf } from './content-texts';
import { policyTextsOf } from './policy-texts';
import { SPANISH_DIR } from './read-translations';
import { readContent } from '../read-content';

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
	// The English as the build reads it (schema defaults filled); the Spanish files raw, since a
	// translator's half-filled file is what this adds to.
	const { dataset } = readContent(contentDir);
	for (const { id, data } of dataset.jurisdictions) {
		const path = join(es, 'jurisdictions', `${id}.yaml`);
		const before = readYaml(path) as Record<string, any>;
		const summary =
			before.summary?.en === data.summary ? before.summary : { en: data.summary, es: '' };
		const policies: Record<string, Pair[]> = { ...before.policies };
		for (const policy of data.policies)
			policies[policy.dimension] = withNew(policies[policy.dimension], policyTextsOf(policy));
		const texts = withNew(before.texts, jurisdictionTextsOf(data));
		write('jurisdictions', id, { ...before, summary, policies, texts }, before);
	}
	for (const { id, data } of dataset.events) {
		const before = readYaml(join(es, 'events', `${id}.yaml`)) as Record<string, Pair>;
		const pair = (field: 'title' | 'summary') =>
			before[field]?.en === data[field] ? before[field] : { en: data[field], es: '' };
		write('events', id, { title: pair('title'), summary: pair('summary') }, before);
	}
	for (const { id, data } of dataset.sources) {
		if (!data.note) continue;
		const before = readYaml(join(es, 'sources', `${id}.yaml`)) as { note?: Pair };
		const note = before.note?.en === data.note ? before.note : { en: data.note, es: '' };
		write('sources', id, { note }, before);
	}
	for (const { id, data } of dataset.assessments) {
		const before = readYaml(join(es, 'assessments', `${id}.yaml`)) as { texts?: Pair[] };
		write('assessments', id, { texts: withNew(before.texts, assessmentTextsOf(data)) }, before);
	}
	return written;
}
