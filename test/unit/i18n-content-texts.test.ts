import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem';
import { readTranslations } from '../../src/lib/i18n/read-translations';
import {
	contentTextMemory,
	jurisdictionTextsOf,
	orphanContentTexts,
	staleContentTexts,
} from '../../src/lib/i18n/content-texts';

/** A content folder holding only the given Spanish files (paths under content/i18n/es/). */
function read(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'content-texts-'));
	for (const [name, text] of Object.entries(files)) {
		const path = join(root, 'content', 'i18n', 'es', name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
	return readTranslations(join(root, 'content'), root)!;
}

const chicago = {
	summary: 'Chicago limits cooperation.',
	checkedThrough: { date: '2026-11-29', how: 'Searched council records.' },
	jail: { note: 'The county runs the jail.' },
	classifications: [{ result: 'Named on the list.', detail: 'Among 35 places.' }],
	statistics: [{ note: 'Calendar year.' }, {}],
	changes: [{ summary: 'Page published.' }, { summary: 'Page published.' }],
} as never;

const FILES = {
	'jurisdictions/chicago.yaml': `summary: { en: "Chicago limits cooperation.", es: "Chicago limita la cooperación." }
texts:
  - { en: "Page published.", es: "Página publicada." }
  - { en: "The city runs the jail.", es: "La ciudad administra la cárcel." }
`,
	'events/e1.yaml':
		'title: { en: "A law passes", es: "Se aprueba una ley" }\nsummary: { en: "It passed.", es: "Se aprobó." }\n',
	'sources/s1.yaml': 'note: { en: "The text of § 1.", es: "El texto del § 1." }\n',
	'sources/s9.yaml': 'note: { en: "Gone.", es: "Ya no." }\n',
};

describe('translated content texts outside the policy cards', () => {
	it('lists a jurisdiction page’s other texts in page order, each once', () => {
		expect(jurisdictionTextsOf(chicago)).toEqual([
			'Searched council records.',
			'The county runs the jail.',
			'Named on the list.',
			'Among 35 places.',
			'Calendar year.',
			'Page published.',
		]);
	});

	it('looks every translated text up by its exact English', () => {
		const { translations, problems } = read(FILES);
		expect(problems).toEqual([]);
		const memory = contentTextMemory(translations);
		expect(memory.get('Page published.')).toBe('Página publicada.');
		expect(memory.get('A law passes')).toBe('Se aprueba una ley');
		expect(memory.get('The text of § 1.')).toBe('El texto del § 1.');
		expect(memory.get('Page published')).toBeUndefined();
	});

	it('warns, naming file and key, where the English has changed, and rejects unknown ids', () => {
		const { translations } = read(FILES);
		const dataset = {
			jurisdictions: [{ id: 'chicago', data: chicago }],
			events: [{ id: 'e1', data: { title: 'A law passes', summary: 'It passed on a vote.' } }],
			sources: [{ id: 's1', data: { note: 'The text of § 1.' } }],
			assessments: [],
		} as never;
		expect(staleContentTexts(translations, dataset).map(formatProblem)).toEqual([
			expect.stringMatching(
				/^content\/i18n\/es\/jurisdictions\/chicago\.yaml → texts\[1\]\.en: stale/
			),
			expect.stringMatching(/^content\/i18n\/es\/events\/e1\.yaml → summary\.en: stale/),
		]);
		expect(orphanContentTexts(translations, dataset).map(formatProblem)).toEqual([
			'content/i18n/es/sources/s9.yaml → (file name): no English source "s9"; rename or remove the file',
		]);
	});

	it('rejects an event without its Spanish summary', () => {
		const { problems } = read({
			'events/e1.yaml': 'title: { en: "A", es: "B" }\nsummary: { en: "C" }\n',
		});
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/events\/e1\.yaml → summary\.es: required but missing/),
		]);
	});
});
