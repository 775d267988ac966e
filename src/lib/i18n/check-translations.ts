import type { Dataset } from '../dataset-types';
import type { ContentProblem } from '../content-problem';
import { NO_RULE, NOT_FOUND } from '../../schemas/dimension';
import type { Translations } from './read-translations';
import { termRefs } from './terms';
import { orphanSummaries } from './summary';
import { unknownPolicyDimensions } from './policy-texts';
import { orphanContentTexts } from './content-texts';
import { missingContentTexts } from './missing-texts';
import { bodyCitations } from '../validate-dataset';
import { DATE_MEANINGS } from '../../schemas/date-meaning-values';
import { JURISDICTION_KINDS } from '../../schemas/jurisdiction';
import { POLICY_STATUSES } from '../../schemas/policy';
import { SOURCE_KINDS } from '../../schemas/source';
import { SOURCE_STANDING_LABELS } from '../source-standing';
import { COLUMN_TYPES } from '../download-tables/column';
import { codebookEnglish } from '../downloads';
import { ASSESSOR_KINDS } from '../../schemas/assessment';
import { EVENT_KINDS } from '../../schemas/event';
import { DATE_PRECISIONS } from '../../schemas/date-meaning';
import { CHANGE_KINDS, CHANGE_KIND_LABELS } from '../../schemas/change';
import { LIST_KINDS, MODELS, MODEL_LABELS } from '../../schemas/ice-287g';
import { ICE287G_COLUMN_TYPES, ice287gCodebookEnglish } from '../ice-287g/downloads';

/**
 * Keys the Spanish pages look up for each word of an English vocabulary, by table: a new status,
 * date meaning or source kind in English is then reported here as a missing translation, by key,
 * instead of surfacing as one page's render error.
 */
export const VOCABULARY_KEYS: Record<string, string[]> = {
	ui: [
		...DATE_MEANINGS.map((m) => `date-meaning.${m}`),
		...POLICY_STATUSES.map((s) => `status.${s}`),
		...JURISDICTION_KINDS.map((k) => `kind.${k}`),
	],
	'pages/about': [
		...SOURCE_KINDS.map((k) => `source-kind.${k}`),
		...Object.keys(SOURCE_STANDING_LABELS).map((s) => `standing.${s}`),
	],
	'pages/data': [
		...Object.keys(codebookEnglish()),
		...Object.keys(COLUMN_TYPES).flatMap((t) =>
			['label', 'csv', 'json'].map((p) => `type.${t}.${p}`)
		),
		...DATE_PRECISIONS.map((p) => `known-to.${p}`),
		...EVENT_KINDS.map((k) => `event-kind.${k}`),
		...ASSESSOR_KINDS.map((k) => `body-kind.${k}`),
	],
	'pages/jurisdiction': CHANGE_KINDS.map((k) => `change-kind.${k}`),
	'pages/corrections': CHANGE_KINDS.map((k) => `kind-meaning.${k}`),
	'pages/ice-287g': [
		...Object.keys(ice287gCodebookEnglish()),
		...MODELS.flatMap((m) => [`model.${m}`, `legend-model.${m}`]),
		...LIST_KINDS.map((k) => `kind.${k}`),
		...ICE287G_COLUMN_TYPES.map((type) => `type.${type}`),
	],
};

/**
 * English text that lives in code and is translated in a string table, by table and key: when the
 * code's English changes, the table's `en` no longer matches and the translation is reported stale.
 */
function englishInCode(): Record<string, Record<string, string>> {
	return {
		'pages/data': codebookEnglish(),
		// The English home page's recent changes name the kinds from code.
		'pages/jurisdiction': Object.fromEntries(
			CHANGE_KINDS.map((k) => [`change-kind.${k}`, CHANGE_KIND_LABELS[k]])
		),
		'pages/ice-287g': {
			...ice287gCodebookEnglish(),
			...Object.fromEntries(MODELS.map((m) => [`model.${m}`, MODEL_LABELS[m]])),
		},
	};
}

/** The Spanish pages each string table is for, by table name (content/i18n/es/pages/<name>.yaml). */
const TABLE_PAGES: Record<string, string> = {
	ui: 'every Spanish page',
	'pages/home': '/es/',
	'pages/about': '/es/about/',
	'pages/policies': '/es/policies/',
	'pages/policy': 'each /es/policies/<dimension>/ page',
	'pages/glossary': '/es/glossary/',
	'pages/data': '/es/data/',
	'pages/map': '/es/map/ and each /es/map/<dimension>/ page',
	'pages/jurisdictions': '/es/jurisdictions/',
	'pages/jurisdiction': 'each /es/jurisdictions/<id>/ page',
	'pages/timeline': '/es/timeline/',
	'pages/search': '/es/search/',
	'pages/sources': '/es/sources/ and its kind and letter pages',
	'pages/compare': '/es/compare/ and its state, list and as-of pages (and the home page’s counts)',
	'pages/changes': '/es/changes/ (and its later pages) and /es/changes.xml',
	'pages/corrections': '/es/corrections/ (and its later pages)',
	'pages/embed': '/es/embed/compare/ and each /es/embed/jurisdictions/<id>/ page',
	'pages/not-found': 'the Spanish line of /404.html',
	'pages/ice-287g':
		'/es/ice-287g/ and its data, list, state and unplaced pages (and the 287(g) note of /es/jurisdictions/<id>/)',
};

/** The Spanish page (or pages) a string table is for, named in the check's messages. */
export function tablePage(table: string): string {
	return TABLE_PAGES[table] ?? `the page using ${table}`;
}

/** Every string in a value, with the field path it sits at, for the terminology check. */
function strings(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) =>
			strings(item, path ? `${path}.${key}` : key)
		);
	return [];
}

/**
 * The Spanish edition's missing and stale text, as `file → field` problems naming the Spanish page
 * that needs it: a string with no Spanish, a dimension, value or glossary term of the English
 * dataset with no Spanish file or field, Spanish text for an id English no longer has, and a
 * `[[term]]` reference the terminology list does not define. The English dataset is read, never
 * changed, so English pages never wait on Spanish ones.
 * @param translations content/i18n/es/ as read.
 * @param dataset The English dataset.
 * @param spanishDir content/i18n/es/ as shown in messages.
 */
export function checkTranslations(
	translations: Translations,
	dataset: Pick<
		Dataset,
		'dimensions' | 'glossary' | 'jurisdictions' | 'events' | 'sources' | 'assessments'
	>,
	spanishDir: string
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const missing = (file: string, field: string, what: string, page: string) =>
		problems.push({ file, field, message: `no Spanish text for ${what} (needed by ${page})` });
	if (!translations.tables.has('ui'))
		missing(`${spanishDir}/ui.yaml`, '(file)', 'the site chrome', 'every Spanish page');
	for (const [name, { file, data }] of translations.tables) {
		for (const [key, pair] of Object.entries(data)) {
			if (!pair.es?.trim()) missing(file, `${key}.es`, `"${pair.en}"`, tablePage(name));
		}
	}
	for (const [name, keys] of Object.entries(VOCABULARY_KEYS)) {
		const table = translations.tables.get(name);
		const file = table?.file ?? `${spanishDir}/${name}.yaml`;
		for (const key of keys) {
			if (!table?.data[key]) missing(file, key, `the vocabulary word "${key}"`, tablePage(name));
		}
	}
	for (const [name, english] of Object.entries(englishInCode())) {
		const table = translations.tables.get(name);
		for (const [key, en] of Object.entries(english)) {
			const pair = table?.data[key];
			if (pair && pair.en !== en)
				problems.push({
					file: table.file,
					field: `${key}.en`,
					message: `the English text has changed to "${en}"; update the Spanish to match it and copy the new English here (needed by ${tablePage(name)})`,
				});
		}
	}
	for (const dimension of dataset.dimensions) {
		const page = `/es/policies/${dimension.id}/`;
		const spanish = translations.dimensions.get(dimension.id);
		const file = spanish?.file ?? `${spanishDir}/dimensions/${dimension.id}.mdx`;
		if (!spanish) {
			missing(file, '(file)', `the question "${dimension.data.title}"`, page);
			continue;
		}
		if (!spanish.body?.trim())
			missing(file, 'body', `the explanation of "${dimension.data.title}"`, page);
		for (const value of dimension.data.values) {
			if (value.id === NO_RULE || value.id === NOT_FOUND) continue;
			if (!spanish.data.values[value.id])
				missing(file, `values.${value.id}`, `the answer "${value.label}"`, page);
		}
		const english = new Set(dimension.data.values.map((v) => v.id));
		for (const id of Object.keys(spanish.data.values)) {
			if (!english.has(id))
				problems.push({
					file,
					field: `values.${id}`,
					message: `the English question has no value "${id}"; remove it or rename it to match`,
				});
		}
	}
	for (const term of dataset.glossary) {
		// A translated explanation cites exactly the English one's sources, so it says no more and no less.
		const body = translations.glossary.get(term.id)?.body;
		if (body?.trim()) {
			const english = new Set(bodyCitations(term.body ?? ''));
			const spanish = new Set(bodyCitations(body));
			const differ = [...english]
				.filter((s) => !spanish.has(s))
				.concat([...spanish].filter((s) => !english.has(s)));
			if (differ.length > 0)
				problems.push({
					file: translations.glossary.get(term.id)!.file,
					field: 'body',
					message: `cites other sources than the English explanation (${differ.join(', ')}); translate the English text and its <Cite> tags as they are`,
				});
		}
		if (!translations.glossary.has(term.id))
			missing(
				`${spanishDir}/glossary/${term.id}.mdx`,
				'(file)',
				`the term "${term.data.term}"`,
				'/es/glossary/'
			);
	}
	const englishIds = {
		dimensions: new Set(dataset.dimensions.map((d) => d.id)),
		glossary: new Set(dataset.glossary.map((g) => g.id)),
	};
	for (const kind of ['dimensions', 'glossary'] as const) {
		for (const [id, { file }] of translations[kind]) {
			if (!englishIds[kind].has(id))
				problems.push({
					file,
					field: '(file name)',
					message: `no English ${kind === 'dimensions' ? 'dimension' : 'glossary term'} "${id}"; rename or remove the file`,
				});
		}
	}
	problems.push(...orphanSummaries(translations.jurisdictions, dataset.jurisdictions));
	problems.push(...unknownPolicyDimensions(translations.jurisdictions, englishIds.dimensions));
	problems.push(...orphanContentTexts(translations, dataset));
	problems.push(...missingContentTexts(translations, dataset, spanishDir));
	const terms = translations.terms?.data ?? {};
	const texts: { file: string; fields: [string, string][] }[] = [
		...[...translations.tables.values()].map(({ file, data }) => ({
			file,
			fields: strings(data, ''),
		})),
		...[
			...translations.jurisdictions.values(),
			...translations.events.values(),
			...translations.sources.values(),
			...translations.assessments.values(),
		].map(({ file, data }) => ({
			file,
			fields: strings(data, ''),
		})),
		...[...translations.dimensions.values(), ...translations.glossary.values()].map(
			({ file, data, body }) => ({
				file,
				fields: [...strings(data, ''), ['body', body ?? ''] as [string, string]],
			})
		),
	];
	for (const { file, fields } of texts) {
		for (const [field, text] of fields) {
			for (const id of termRefs(text)) {
				if (!terms[id])
					problems.push({
						file,
						field,
						message: `[[${id}]] is not in the terminology list (${spanishDir}/terms.yaml)`,
					});
			}
		}
	}
	return problems;
}
