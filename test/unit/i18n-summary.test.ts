import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem';
import { readTranslations } from '../../src/lib/i18n/read-translations';
import { orphanSummaries, spanishSummary, staleSummaries } from '../../src/lib/i18n/summary';

const ENGLISH = 'Chicago limits cooperation with immigration detainers.';

/** A content folder holding only the given Spanish summary files, read as the build reads it. */
function read(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'summary-'));
	const dir = join(root, 'content', 'i18n', 'es', 'jurisdictions');
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return readTranslations(join(root, 'content'), root)!;
}

const chicago = { id: 'chicago', data: { summary: ENGLISH } } as never;

describe('translated jurisdiction summaries', () => {
	it('shows the Spanish when the file was made from the current English summary', () => {
		const { translations, problems } = read({
			'chicago.yaml': `summary: { en: "${ENGLISH}", es: "Chicago limita la cooperación." }`,
		});
		expect(problems).toEqual([]);
		const file = translations.jurisdictions.get('chicago');
		expect(spanishSummary(ENGLISH, file)).toEqual({
			text: 'Chicago limita la cooperación.',
			lang: 'es',
		});
		expect(staleSummaries(translations.jurisdictions, [chicago])).toEqual([]);
	});

	it('shows the English, marked, when there is no file', () => {
		const { translations } = read({});
		expect(spanishSummary(ENGLISH, translations.jurisdictions.get('chicago'))).toEqual({
			text: ENGLISH,
			lang: 'en',
			fallback: 'missing',
		});
		expect(staleSummaries(translations.jurisdictions, [chicago])).toEqual([]);
	});

	it('shows the English and reports the file as stale, naming file and key, when the English changed', () => {
		const { translations } = read({
			'chicago.yaml': 'summary: { en: "An older summary.", es: "Un resumen anterior." }',
		});
		expect(spanishSummary(ENGLISH, translations.jurisdictions.get('chicago'))).toMatchObject({
			text: ENGLISH,
			lang: 'en',
			fallback: 'stale',
		});
		const [warning, ...more] = staleSummaries(translations.jurisdictions, [chicago]).map(
			formatProblem
		);
		expect(more).toEqual([]);
		expect(warning).toMatch(
			/^content\/i18n\/es\/jurisdictions\/chicago\.yaml → summary\.en: stale/
		);
	});

	it('rejects a file without Spanish or with other keys, and one for an unknown jurisdiction', () => {
		const { translations, problems } = read({
			'chicago.yaml': `summary: { en: "${ENGLISH}" }`,
			'chicgo.yaml': `summary: { en: "${ENGLISH}", es: "Chicago." }`,
		});
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/chicago\.yaml → summary\.es: /),
		]);
		expect(orphanSummaries(translations.jurisdictions, [chicago]).map(formatProblem)).toEqual([
			'content/i18n/es/jurisdictions/chicgo.yaml → (file name): no English jurisdiction "chicgo"; rename or remove the file',
		]);
	});
});
