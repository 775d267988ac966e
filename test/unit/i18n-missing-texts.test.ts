import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem';
import { readTranslations } from '../../src/lib/i18n/read-translations';
import { missingContentTexts } from '../../src/lib/i18n/missing-texts';

/** A content folder holding only the given Spanish files (paths under content/i18n/es/). */
function read(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'missing-texts-'));
	for (const [name, text] of Object.entries(files)) {
		const path = join(root, 'content', 'i18n', 'es', name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
	return readTranslations(join(root, 'content'), root)!.translations;
}

const SUMMARY = 'summary: { en: "A summary.", es: "Un resumen." }';
const chicago = (detail: string, history: string[] = []) => ({
	id: 'chicago',
	data: {
		summary: 'A summary.',
		classifications: [],
		statistics: [],
		changes: [],
		policies: [{ dimension: 'detainers', detail, history: history.map((h) => ({ detail: h })) }],
	},
});
const dataset = (j: unknown, more: object = {}) =>
	({ jurisdictions: [j], events: [], sources: [], assessments: [], ...more }) as never;
const file = `${SUMMARY}\npolicies:\n  detainers:\n    - { en: "Holds barred.", es: "Se prohíben las retenciones." }\n`;
const run = (files: Record<string, string>, data: never) =>
	missingContentTexts(read(files), data, 'content/i18n/es').map(formatProblem);

describe('English content with no Spanish at all', () => {
	it('finds nothing when every text has its translation', () => {
		expect(run({ 'jurisdictions/chicago.yaml': file }, dataset(chicago('Holds barred.')))).toEqual(
			[]
		);
	});

	it('names a new text (a new earlier value) by file and key, and the page that would show English', () => {
		expect(
			run(
				{ 'jurisdictions/chicago.yaml': file },
				dataset(chicago('Holds barred.', ['Holds allowed.']))
			)
		).toEqual([
			'content/i18n/es/jurisdictions/chicago.yaml → policies.detainers: missing: “Holds allowed.…” has no Spanish (/es/jurisdictions/chicago/ would show English)',
		]);
	});

	it('leaves an edited text to the stale warning: the old pair stands for the new English', () => {
		expect(
			run({ 'jurisdictions/chicago.yaml': file }, dataset(chicago('Holds barred by law.')))
		).toEqual([]);
	});

	it('names a page, an event and a source note with no translation file at all', () => {
		const problems = run(
			{ 'ui.yaml': '{}' },
			dataset(chicago('Holds barred.'), {
				events: [{ id: 'e1', data: {} }],
				sources: [
					{ id: 's1', data: { note: 'A note.' } },
					{ id: 's2', data: {} },
				],
			})
		);
		expect(problems).toEqual([
			'content/i18n/es/jurisdictions/chicago.yaml → (file): missing: the page has no Spanish (/es/jurisdictions/chicago/ would show English)',
			'content/i18n/es/events/e1.yaml → (file): missing: event e1 has no Spanish (/es/timeline/ would show English)',
			'content/i18n/es/sources/s1.yaml → (file): missing: the note of s1 has no Spanish (the Spanish sources pages would show English)',
		]);
	});
});
