import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { formatProblem } from '../../src/lib/validate-dataset';

const VALID = 'test/fixtures/valid';
const CITY = 'jurisdictions/fixture-city.mdx';
const STATE = 'jurisdictions/fixture-state.mdx';
const SOURCE = 'sources/fixture-ordinance-2014.yaml';
const EVENT = 'events/2014-11-14-fixture-ordinance.yaml';
const ALLOW = 'checks/allow.yaml';
const PLACES_ES = 'place-names-es.yaml';
const ASSESSMENT = 'assessments/fixture-list.yaml';
const TODAY = '2026-11-23';

interface BrokenCase {
	name: string;
	/** Edits to make to the valid fixture: file → function of its text (or null to delete it). */
	edit: Record<string, ((text: string) => string) | null>;
	/** Extra files to add. */
	add?: Record<string, string>;
	file: string;
	field: string;
	message: RegExp;
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
	return next;
};

const NEWS = 'sources/fixture-news-2017.yaml';
const appendBody = (text: string) => (mdx: string) => `${mdx}\n${text}\n`;

/** Gaps in the Spanish edition (issue #18): each fails the build naming the file, key and page. */
const SPANISH_CASES: BrokenCase[] = [
	{
		name: 'a page string with English but no Spanish',
		edit: {
			'i18n/es/pages/about.yaml': replace(
				'corrections: { en: Corrections, es: Correcciones }',
				'corrections: { en: Corrections }'
			),
		},
		file: 'i18n/es/pages/about.yaml',
		field: 'corrections.es',
		message: /no Spanish text for "Corrections" \(needed by \/es\/about\/\)/,
	},
	{
		name: 'a chrome string left empty',
		edit: { 'i18n/es/ui.yaml': replace('es: Saltar al contenido', "es: ''") },
		file: 'i18n/es/ui.yaml',
		field: 'skip-link.es',
		message: /needed by every Spanish page/,
	},
	{
		name: 'a coded value of a question with no Spanish label',
		edit: {
			'i18n/es/dimensions/detainers.mdx': replace(
				/ {2}honoured:\n {4}label: [^\n]+\n {4}description: [^\n]+\n/,
				''
			),
		},
		file: 'i18n/es/dimensions/detainers.mdx',
		field: 'values.honoured',
		message: /"Generally honoured" \(needed by \/es\/policies\/detainers\/\)/,
	},
	{
		name: 'a question with no Spanish file',
		edit: { 'i18n/es/dimensions/state-law.mdx': null },
		file: 'i18n/es/dimensions/state-law.mdx',
		field: '(file)',
		message: /needed by \/es\/policies\/state-law\//,
	},
	{
		name: 'a status of the English vocabulary with no Spanish word',
		edit: { 'i18n/es/ui.yaml': replace(/status\.enjoined: [^\n]+\n/, '') },
		file: 'i18n/es/ui.yaml',
		field: 'status.enjoined',
		message: /vocabulary word/,
	},
	{
		name: 'a reference to a term the terminology list lacks',
		edit: {
			'i18n/es/pages/glossary.yaml': replace('es: Glosario }', "es: 'Glosario de [[writ]]' }"),
		},
		file: 'i18n/es/pages/glossary.yaml',
		field: 'title.es',
		message: /\[\[writ\]\] is not in the terminology list/,
	},
	{
		name: 'a codebook column whose English meaning changed after it was translated',
		edit: {
			'i18n/es/pages/data.yaml': replace(
				'column.jurisdictions.kind: { en: Kind of government.',
				'column.jurisdictions.kind: { en: Kind of local government.'
			),
		},
		file: 'i18n/es/pages/data.yaml',
		field: 'column.jurisdictions.kind.en',
		message:
			/the English text has changed to "Kind of government\."; update the Spanish.*\/es\/data\//,
	},
	{
		name: 'a codebook column with no Spanish meaning',
		edit: { 'i18n/es/pages/data.yaml': replace(/column\.sources\.note:\n[^\n]+\n[^\n]+\n/, '') },
		file: 'i18n/es/pages/data.yaml',
		field: 'column.sources.note',
		message: /vocabulary word "column\.sources\.note" \(needed by \/es\/data\/\)/,
	},
	{
		name: 'a kind of page change with no Spanish meaning on the corrections page',
		edit: {
			'i18n/es/pages/corrections.yaml': replace(/kind-meaning\.review:\n[^\n]+\n[^\n]+\n/, ''),
		},
		file: 'i18n/es/pages/corrections.yaml',
		field: 'kind-meaning.review',
		message: /vocabulary word "kind-meaning\.review" \(needed by \/es\/corrections\//,
	},
	{
		name: 'a kind of page change whose English label differs from the one in code',
		edit: {
			'i18n/es/pages/jurisdiction.yaml': replace(
				'change-kind.update: { en: Update,',
				'change-kind.update: { en: Updated,'
			),
		},
		file: 'i18n/es/pages/jurisdiction.yaml',
		field: 'change-kind.update.en',
		message: /the English text has changed to "Update"/,
	},
	{
		name: 'a translated explanation that cites a source the English one does not',
		edit: {
			'i18n/es/glossary/detainer.mdx': replace(
				'<Cite s="fixture-ordinance-2014" />',
				'<Cite s="fixture-news-2017" />'
			),
		},
		file: 'i18n/es/glossary/detainer.mdx',
		field: 'body',
		message:
			/cites other sources than the English explanation \(fixture-ordinance-2014, fixture-news-2017\)/,
	},
];

/** The editor mistakes of issue #10 that used to build and publish. */
const ISSUE_10_CASES: BrokenCase[] = [
	{
		name: 'an impossible day, unquoted (YAML would roll it over to March)',
		edit: { [CITY]: replace('lastReviewed: 2026-11-23', 'lastReviewed: 2021-02-30') },
		file: CITY,
		field: 'lastReviewed',
		message: /"2021-02-30" is not a real calendar day \(2021-02 has 28 days\)/,
	},
	{
		name: 'an impossible month, unquoted',
		edit: { [CITY]: replace('since: 2014-11-14', 'since: 2012-19-12') },
		file: CITY,
		field: 'policies[0].since',
		message: /there is no month 19/,
	},
	{
		name: 'an event dated 2071',
		edit: { [EVENT]: replace('date: 2014-11-14', 'date: 2071-11-14') },
		file: EVENT,
		field: 'date',
		message: /2071-11-14 is after today .*only a scheduled effective date/,
	},
	{
		name: 'a scheduled effective date decades ahead',
		edit: {
			[EVENT]: replace(
				'date: 2014-11-14\ndateMeaning: enacted',
				'date: 2071-11-14\ndateMeaning: effective'
			),
		},
		file: EVENT,
		field: 'date',
		message: /more than 5 years after today/,
	},
	{
		name: 'an event verified in 2062',
		edit: { [EVENT]: replace('verified: 2026-11-23', 'verified: 2062-11-23') },
		file: EVENT,
		field: 'verified',
		message: /2062-11-23 is after today \(2026-11-23\); a verification cannot be in the future/,
	},
	{
		name: 'a history entry verified in 2062',
		edit: {
			[CITY]: replace(
				'sources: [fixture-news-2017]\n        verified: 2026-11-23',
				'sources: [fixture-news-2017]\n        verified: 2062-11-23'
			),
		},
		file: CITY,
		field: 'policies[0].history[0].verified',
		message: /after today/,
	},
	{
		name: 'a page reviewed in 2062',
		edit: { [CITY]: replace('lastReviewed: 2026-11-23', 'lastReviewed: 2062-11-23') },
		file: CITY,
		field: 'lastReviewed',
		message: /a review cannot be in the future/,
	},
	{
		name: 'a source verified before it was published',
		edit: { [NEWS]: replace('published: 2017-10', 'published: 2026-12') },
		file: NEWS,
		field: 'verified',
		message: /before the document was published \(2026-12\)/,
	},
	{
		name: 'a source language written as a name, not a code',
		edit: { [NEWS]: replace('kind: news-report', 'kind: news-report\nlanguage: Spanish') },
		file: NEWS,
		field: 'language',
		message: /a two-letter language code such as es/,
	},
	{
		name: 'a source language given as English (the default)',
		edit: { [NEWS]: replace('kind: news-report', 'kind: news-report\nlanguage: en') },
		file: NEWS,
		field: 'language',
		message: /leave language out for English documents/,
	},
	{
		name: 'a javascript: source URL',
		edit: {
			[SOURCE]: replace('url: https://example.org/fixture-ordinance', 'url: javascript:alert(1)'),
		},
		file: SOURCE,
		field: 'url',
		message:
			/"javascript:alert\(1\)" is not allowed; write a full address starting with https:\/\//,
	},
	{
		name: 'a data: source URL',
		edit: {
			[SOURCE]: replace(
				'url: https://example.org/fixture-ordinance',
				'url: "data:text/html,<b>x</b>"'
			),
		},
		file: SOURCE,
		field: 'url',
		message: /is not allowed/,
	},
	{
		name: 'a file: archive URL',
		edit: { [SOURCE]: (t) => `${t}archiveUrl: file:///etc/passwd\n` },
		file: SOURCE,
		field: 'archiveUrl',
		message: /is not allowed/,
	},
	{
		name: 'a javascript: link in the page text',
		edit: { [STATE]: appendBody('See [the order](javascript:alert(1)).') },
		file: STATE,
		field: 'body (line 85)',
		message: /link to "javascript:alert\(1\)" is not allowed/,
	},
	{
		name: 'a raw <script> in the page text',
		edit: { [STATE]: appendBody('<script>alert(1)</script>') },
		file: STATE,
		field: 'body (line 85)',
		message: /<script> is not allowed: no raw HTML or scripts/,
	},
	{
		name: 'a raw <img onerror> in the page text',
		edit: { [STATE]: appendBody('Text <img src="x" onerror="alert(1)" /> more.') },
		file: STATE,
		field: 'body (line 85)',
		message: /<img> is not allowed/,
	},
	{
		name: 'a Markdown image from another origin',
		edit: { [STATE]: appendBody('![seal](https://tracker.example.com/p.png)') },
		file: STATE,
		field: 'body (line 85)',
		message: /images are not allowed in page text/,
	},
	{
		name: 'an import in the page text',
		edit: { [STATE]: appendBody('import X from "../../src/secret"') },
		file: STATE,
		field: 'body (line 85)',
		message: /import and export are not allowed/,
	},
	{
		name: 'an MDX syntax error',
		edit: { [STATE]: appendBody('Unclosed <Cite s="fixture-ordinance-2014"') },
		file: STATE,
		field: 'body (line 85)',
		message: /not valid MDX/,
	},
	{
		name: 'a <Cite> with single quotes naming an unknown source',
		edit: { [STATE]: appendBody("Also <Cite s='no-such-source' />.") },
		file: STATE,
		field: 'body <Cite s>[1]',
		message: /unknown source "no-such-source"/,
	},
	{
		name: 'a <Cite> with an unknown attribute',
		edit: { [STATE]: appendBody('Also <Cite s="fixture-ordinance-2014" page="4" />.') },
		file: STATE,
		field: 'body (line 85)',
		message: /<Cite> has no attribute "page"/,
	},
	{
		name: 'a parent cycle',
		edit: { [STATE]: replace('kind: state\n', 'kind: state\nparents: [fixture-city]\n') },
		file: CITY,
		field: 'parents[0]',
		message: /"fixture-state" leads back to fixture-city .*a cycle/,
	},
	{
		name: 'a source saved as both .yaml and .yml',
		edit: {},
		add: { 'sources/fixture-news-2017.yml': '@@copy:' + NEWS },
		file: 'sources/fixture-news-2017.yml',
		field: '(file name)',
		message: /end in \.yaml; rename it to fixture-news-2017\.yaml/,
	},
	{
		name: 'capitals and spaces in a file name',
		edit: {},
		add: { 'sources/Fixture News 2.yaml': '@@copy:' + NEWS },
		file: 'sources/Fixture News 2.yaml',
		field: '(file name)',
		message:
			/not a valid id; use lowercase letters, digits and single hyphens, e\.g\. fixture-news-2\.yaml/,
	},
	{
		name: 'a byte that is not UTF-8',
		edit: {},
		add: { 'sources/latin1-note.yaml': '@@latin1:' + NEWS },
		file: 'sources/latin1-note.yaml',
		field: '(file)',
		message: /not UTF-8 \(first bad byte on line 8\)/,
	},
	{
		name: 'a 5 MB summary (file size)',
		edit: {
			[CITY]: replace(
				/^summary: .*$/m,
				`summary: ${'Fixture City holds people. '.repeat(200_000)}`
			),
		},
		file: CITY,
		field: '(file)',
		message: /bytes; the limit is 200000 bytes per file/,
	},
	{
		name: 'a 6,000-character summary (field size)',
		edit: {
			[CITY]: replace(/^summary: .*$/m, `summary: ${'Fixture City holds people. '.repeat(230)}`),
		},
		file: CITY,
		field: 'summary',
		message: /characters; the limit is 4000/,
	},
	{
		name: 'YAML aliases (a billion-laughs style expansion)',
		edit: {
			[CITY]: replace('aliases: [FXC]', 'aliases: &a [FXC, FXC2]\npeople2: *a'),
		},
		file: CITY,
		field: '(file)',
		message: /YAML aliases .* are not allowed/,
	},
	{
		name: 'parts of a statistic that exceed the whole',
		edit: {
			[CITY]: replace(
				'received: 100\n    honoured: 2',
				'received: 80\n    honoured: 50\n    declined: 50'
			),
		},
		file: CITY,
		field: 'statistics[0].declined',
		message: /honoured \(50\) \+ declined \(50\) = 100, more than received \(80\)/,
	},
	{
		name: 'a citation object with a typo (no garbled union message)',
		edit: {
			[CITY]: replace(
				'{ source: fixture-ordinance-2014, pinpoint',
				'{ sorce: fixture-ordinance-2014, pinpoint'
			),
		},
		file: CITY,
		field: 'policies[0].sources[0].source',
		message: /required but missing/,
	},
	{
		name: "a pinpoint holding the downloads' list separator",
		edit: { [CITY]: replace('pinpoint: "§ 2(b)"', 'pinpoint: "§ 2(b); § 3"') },
		file: CITY,
		field: 'policies[0].sources[0].pinpoint',
		message: /must not contain ";"/,
	},
];

const CASES: BrokenCase[] = [
	{
		name: 'a policy with no source',
		edit: {
			[CITY]: replace(
				/sources:\n      - \{ source: fixture-ordinance-2014, pinpoint: "§ 2\(b\)" \}/,
				'sources: []'
			),
		},
		file: CITY,
		field: 'policies[0].sources',
		message: /At least one source citation is required/,
	},
	{
		name: 'a citation of an unknown source',
		edit: {
			[CITY]: replace(
				'source: fixture-ordinance-2014, pinpoint',
				'source: no-such-source, pinpoint'
			),
		},
		file: CITY,
		field: 'policies[0].sources[0]',
		message: /unknown source "no-such-source"/,
	},
	{
		name: 'an unknown dimension',
		edit: { [CITY]: replace('dimension: state-law', 'dimension: state-laws') },
		file: CITY,
		field: 'policies[8].dimension',
		message: /unknown dimension "state-laws"/,
	},
	{
		name: 'a dimension left uncoded',
		edit: { [CITY]: replace('dimension: state-law', 'dimension: detainers') },
		file: CITY,
		field: 'policies',
		message: /no value for dimension "state-law"/,
	},
	{
		name: 'the same dimension coded twice',
		edit: { [CITY]: replace('dimension: state-law', 'dimension: detainers') },
		file: CITY,
		field: 'policies[8].dimension',
		message: /already coded at policies\[0\]/,
	},
	{
		name: 'a value not allowed for its dimension',
		edit: { [CITY]: replace('value: judicial-warrant-and-criteria', 'value: sometimes') },
		file: CITY,
		field: 'policies[0].value',
		message: /"sometimes" is not an allowed value of detainers/,
	},
	{
		name: 'a history value not allowed for its dimension',
		edit: { [CITY]: replace('value: listed-cases', 'value: maybe') },
		file: CITY,
		field: 'policies[0].history[0].value',
		message: /"maybe" is not an allowed value of detainers/,
	},
	{
		name: 'an impossible date',
		edit: { [CITY]: replace('since: 2014-11-14', 'since: 2014-02-30') },
		file: CITY,
		field: 'policies[0].since',
		message: /not a real calendar day \(2014-02 has 28 days\)/,
	},
	{
		name: 'a date in the wrong format',
		edit: { [CITY]: replace('lastReviewed: 2026-11-23', 'lastReviewed: 23/11/2026') },
		file: CITY,
		field: 'lastReviewed',
		message: /YYYY-MM-DD/,
	},
	{
		name: 'an effective date in the future without status "proposed"',
		edit: { [CITY]: replace('since: 2014-11-14', 'since: 2031-01-01') },
		file: CITY,
		field: 'policies[0].since',
		message: /after today .* set status "proposed"/,
	},
	{
		name: 'overlapping history ranges',
		edit: {
			[CITY]: replace(
				'        verified: 2026-11-23\n  - dimension: release-notification',
				`        verified: 2026-11-23
      - value: honoured
        detail: An overlapping earlier period made up for the test.
        from: 2012-01-01
        to: 2012-12-31
        sources: [fixture-news-2017]
        verified: 2026-11-23
  - dimension: release-notification`
			),
		},
		file: CITY,
		field: 'policies[0].history[1].from',
		message: /overlaps history\[0\] \(which runs to 2014-11-13\)/,
	},
	{
		name: 'history that runs past the current value’s start',
		edit: { [CITY]: replace('to: 2014-11-13', 'to: 2015-01-01') },
		file: CITY,
		field: 'policies[0].history[0].to',
		message: /not before the current value's since date/,
	},
	{
		name: 'a history range that ends before it starts',
		edit: { [CITY]: replace('from: 2011-11-22', 'from: 2014-12-01') },
		file: CITY,
		field: 'policies[0].history[0].to',
		message: /"from" must not be after "to"/,
	},
	{
		name: 'a file in a subfolder (its id would collide with another)',
		edit: {},
		add: { 'jurisdictions/nested/fixture-city.mdx': '@@copy:' + CITY },
		file: 'jurisdictions/nested/fixture-city.mdx',
		field: '(file name)',
		message: /subfolders are not read/,
	},
	{
		name: 'a dangling parent',
		edit: { [CITY]: replace('parents: [fixture-state]', 'parents: [atlantis]') },
		file: CITY,
		field: 'parents[0]',
		message: /unknown jurisdiction "atlantis"/,
	},
	{
		name: 'a jurisdiction that is its own parent',
		edit: { [CITY]: replace('parents: [fixture-state]', 'parents: [fixture-city]') },
		file: CITY,
		field: 'parents[0]',
		message: /cannot be its own parent/,
	},
	{
		name: 'a dangling jail operator jurisdiction',
		edit: { [CITY]: replace('  jurisdiction: fixture-state', '  jurisdiction: fixture-county') },
		file: CITY,
		field: 'jail.jurisdiction',
		message: /unknown jurisdiction "fixture-county"/,
	},
	{
		name: 'an empty summary',
		edit: { [CITY]: replace(/summary: .*\n/, 'summary: ""\n') },
		file: CITY,
		field: 'summary',
		message: /summary must be a full sentence/,
	},
	{
		name: 'a malformed source URL',
		edit: {
			[SOURCE]: replace('url: https://example.org/fixture-ordinance', 'url: example.org/fixture'),
		},
		file: SOURCE,
		field: 'url',
		message: /full address starting with https:\/\//,
	},
	{
		name: 'a statistic where honoured exceeds received',
		edit: { [CITY]: replace('honoured: 2', 'honoured: 200') },
		file: CITY,
		field: 'statistics[0].honoured',
		message: /honoured \(200\) cannot exceed received \(100\)/,
	},
	{
		name: 'a negative count',
		edit: { [CITY]: replace('received: 100', 'received: -1') },
		file: CITY,
		field: 'statistics[0].received',
		message: /expected number to be >=0|Too small/i,
	},
	{
		name: 'an unknown source kind',
		edit: { [SOURCE]: replace('kind: ordinance', 'kind: blog') },
		file: SOURCE,
		field: 'kind',
		message: /Invalid option/,
	},
	{
		name: 'an unknown field (a typo) in frontmatter',
		edit: { [CITY]: replace('lastReviewed:', 'lastReveiwed: 2026-11-23\nlastReviewed:') },
		file: CITY,
		field: 'lastReveiwed',
		message: /unknown field; check its spelling/,
	},
	{
		name: 'an event naming an unknown jurisdiction',
		edit: { [EVENT]: replace('jurisdictions: [fixture-city]', 'jurisdictions: [fixture-town]') },
		file: EVENT,
		field: 'jurisdictions[0]',
		message: /unknown jurisdiction "fixture-town"/,
	},
	{
		name: 'a second source record of a document already recorded',
		edit: {},
		add: {
			'sources/fixture-news-copy.yaml': [
				'title: The same report, recorded twice',
				'publisher: Fixture Gazette',
				'kind: news-report',
				'url: http://www.example.org/fixture-news/#top',
				'published: 2017-10',
				'verified: 2026-11-23',
			].join('\n'),
		},
		file: 'sources/fixture-news-copy.yaml',
		field: 'url',
		message: /the same document as .*sources\/fixture-news-2017\.yaml; cite that source instead/,
	},
	{
		name: 'an event drawing its places from an unknown assessment',
		edit: {
			[EVENT]: replace('jurisdictions: [fixture-city]', 'listed: { assessment: made-up-list }'),
		},
		file: EVENT,
		field: 'listed.assessment',
		message: /unknown assessment "made-up-list"/,
	},
	{
		name: 'an event drawing its places from a list its assessment does not have',
		edit: {
			[EVENT]: replace(
				'jurisdictions: [fixture-city]',
				'listed: { assessment: fixture-list, list: unnamed }'
			),
		},
		file: EVENT,
		field: 'listed.list',
		message: /"fixture-list" has no list "unnamed" \(its lists: named\)/,
	},
	{
		name: 'a classification naming an unknown assessment',
		edit: { [CITY]: replace('assessment: fixture-list', 'assessment: made-up-list') },
		file: CITY,
		field: 'classifications[0].assessment',
		message: /unknown assessment "made-up-list"/,
	},
	{
		name: 'an inline <Cite> of an unknown source',
		edit: { [CITY]: replace('<Cite s="fixture-news-2017" />', '<Cite s="fixture-nws-2017" />') },
		file: CITY,
		field: 'body <Cite s>[1]',
		message: /unknown source "fixture-nws-2017"/,
	},
	{
		name: 'an alias that already names another jurisdiction',
		edit: { [STATE]: replace('state: NY\n', 'state: NY\naliases: [FXC]\n') },
		file: STATE,
		field: 'aliases[0]',
		message: /"FXC" already names fixture-city/,
	},
	{
		name: 'a state code that is not two capital letters',
		edit: { [CITY]: replace('state: NY', 'state: New York') },
		file: CITY,
		field: 'state',
		message: /two-letter postal code/,
	},
	{
		name: 'a broken YAML file',
		edit: { [SOURCE]: (text) => `${text}\n  bad: [unclosed\n` },
		file: SOURCE,
		field: '(file)',
		message: /not valid YAML/,
	},
	{
		name: 'a map location outside the United States',
		edit: { [CITY]: replace('lat: 40.7, lon: -74.0', 'lat: 40.7, lon: 74.0') },
		file: CITY,
		field: 'location.lon',
		message: /Too big|<=-60/i,
	},
	{
		name: 'a page change dated in the future',
		edit: {
			[CITY]: replace(
				'{ date: 2026-11-23, kind: published,',
				'{ date: 2031-01-01, kind: published,'
			),
		},
		file: CITY,
		field: 'changes[0].date',
		message: /change dated 2031-01-01, after today \(2026-11-23\)/,
	},
	{
		name: 'page changes out of date order',
		edit: {
			[CITY]: replace(
				'summary: "Page published." }\n',
				'summary: "Page published." }\n  - { date: 2020-01-01, kind: correction, summary: "A value was corrected." }\n'
			),
		},
		file: CITY,
		field: 'changes[1].date',
		message: /dated 2020-01-01, before changes\[0\] \(2026-11-23\); list changes oldest first/,
	},
	{
		name: 'a not-found value that does not say what was searched',
		edit: {
			[STATE]: replace(/(dimension: release-notification[\s\S]*?)    searched: \{[^\n]*\n/, '$1'),
		},
		file: STATE,
		field: 'policies[1].searched',
		message: /"not-found" must say what was searched and when/,
	},
	{
		name: 'a since date that does not say what it is the date of',
		edit: { [CITY]: replace('    sinceMeaning: enacted\n', '') },
		file: CITY,
		field: 'policies[0].sinceMeaning',
		message: /since 2014-11-14 does not say what it is the date of; add sinceMeaning/,
	},
	{
		name: 'a history end date that does not say what it is the date of',
		edit: { [CITY]: replace('        toMeaning: ended\n', '') },
		file: CITY,
		field: 'policies[0].history[0].toMeaning',
		message: /to 2014-11-13 does not say what it is the date of/,
	},
	{
		name: 'an event date that does not say what it is the date of',
		edit: { [EVENT]: replace('dateMeaning: enacted\n', '') },
		file: EVENT,
		field: 'dateMeaning',
		message: /date 2014-11-14 does not say what it is the date of; add dateMeaning/,
	},
	{
		name: 'a date meaning that is not in the vocabulary',
		edit: { [CITY]: replace('sinceMeaning: enacted', 'sinceMeaning: passed') },
		file: CITY,
		field: 'policies[0].sinceMeaning',
		message: /expected one of "enacted"\|"signed"/,
	},
	{
		name: 'a start date more than a year before every cited source, not allowed',
		edit: { [ALLOW]: replace(/^fixture-city-detainers-2011:[\s\S]*?(?=^fixture-state)/m, '') },
		file: CITY,
		field: 'policies[0].history[0].from',
		message:
			/2011-11-22 is more than 1 year before every cited source \(earliest: fixture-news-2017, 2017-10\)/,
	},
	{
		name: 'a Spanish name for a page that does not exist',
		edit: { [PLACES_ES]: replace('fixture-city:', 'fixture-town:') },
		file: PLACES_ES,
		field: 'jurisdictions.fixture-town',
		message: /unknown jurisdiction "fixture-town" \(no content\/jurisdictions\/fixture-town.mdx\)/,
	},
	{
		name: 'a Spanish name that is the English one',
		edit: { [PLACES_ES]: replace('name: Ciudad Fixture', 'name: Fixture City') },
		file: PLACES_ES,
		field: 'jurisdictions.fixture-city.name',
		message: /"Fixture City" is the English name; list only names that differ/,
	},
	{
		name: 'a Spanish state name under a code that is no state',
		edit: { [PLACES_ES]: replace('NY:', 'XY:') },
		file: PLACES_ES,
		field: 'states.XY',
		message: /unknown state "XY"/,
	},
	{
		name: 'a Spanish name without its name field',
		edit: { [PLACES_ES]: replace('{ name: Nueva York }', '{ nombre: Nueva York }') },
		file: PLACES_ES,
		field: 'states.NY.name',
		message: /expected string/i,
	},
	{
		name: 'an allowance that waives nothing',
		edit: { [ALLOW]: replace('date: 2011-11-22', 'date: 2011-11-23') },
		file: ALLOW,
		field: 'fixture-city-detainers-2011',
		message: /no such date fails that check; remove it or correct it/,
	},
	{
		name: 'an allowance without a real reason',
		edit: { [ALLOW]: replace(/reason: .*/, 'reason: because') },
		file: ALLOW,
		field: 'fixture-city-detainers-2011.reason',
		message: /Too small/i,
	},
	{
		name: 'a month-precision date where a cited source gives the day',
		edit: {
			[CITY]: replace(
				'    since: 2014-11-14\n',
				'    since: 2014-11-01\n    sincePrecision: month\n'
			),
		},
		file: CITY,
		field: 'policies[0].since',
		message:
			/known only to the month \(2014-11\), but cited source fixture-ordinance-2014 is dated 2014-11-14/,
	},
	{
		name: 'a month-precision date not written as the first of the month',
		edit: {
			[CITY]: replace(
				'    since: 2014-11-14\n',
				'    since: 2014-11-14\n    sincePrecision: month\n'
			),
		},
		file: CITY,
		field: 'policies[0].since',
		message: /a month-precision date is written as 2014-11-01, not 2014-11-14/,
	},
	{
		name: 'a current value resting on a source past its declared expiry',
		edit: { [SOURCE]: (text) => `${text}expires: 2020-01-01\n` },
		file: CITY,
		field: 'policies[0].sources[0]',
		message: /rests on fixture-ordinance-2014, whose text says it expired on 2020-01-01/,
	},
	{
		name: 'a page whose newest source is old and that does not say how it was checked',
		edit: { [STATE]: replace(/checkedThrough:\n  date: .*\n  how: .*\n/, '') },
		file: STATE,
		field: 'checkedThrough',
		message:
			/newest cited source is dated 2017-10, more than 6 months before the review of 2026-11-23/,
	},
	{
		name: 'a check for changes too long before the review',
		edit: { [STATE]: replace('  date: 2026-11-20', '  date: 2025-01-20') },
		file: STATE,
		field: 'checkedThrough.date',
		message: /checked through 2025-01-20, more than 6 months before the review of 2026-11-23/,
	},
	{
		name: 'a classification naming a list its assessment does not have',
		edit: { [CITY]: replace('listing: named', 'listing: cities') },
		file: CITY,
		field: 'classifications[0].listing',
		message:
			/"cities" is not a list of fixture-list \(its lists: named, not-listed, not-established\)/,
	},
	{
		name: 'a classification without a listing',
		edit: { [CITY]: replace('    listing: named\n', '') },
		file: CITY,
		field: 'classifications[0].listing',
		message: /Expected the id of one of the assessment’s lists/,
	},
	{
		name: 'an assessment that does not define its lists',
		edit: { [ASSESSMENT]: replace(/lists:[\s\S]*?(?=sources:)/, '') },
		file: ASSESSMENT,
		field: 'lists',
		message: /define at least one list/,
	},
];

const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the valid fixture, applies one case's edits, and returns every problem found. */
function problemsFor(brokenCase: BrokenCase) {
	const root = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
	workDirs.push(root);
	const dir = join(root, 'content');
	cpSync(VALID, dir, { recursive: true });
	for (const [file, edit] of Object.entries(brokenCase.edit)) {
		const path = join(dir, file);
		if (edit === null) rmSync(path);
		else writeFileSync(path, edit(readFileSync(path, 'utf8')));
	}
	for (const [file, text] of Object.entries(brokenCase.add ?? {})) {
		const body = text.startsWith('@@copy:')
			? readFileSync(join(dir, text.slice(7)), 'utf8')
			: text.startsWith('@@latin1:')
				? Buffer.from(`${readFileSync(join(dir, text.slice(9)), 'utf8')}note2: café\n`, 'latin1')
				: text;
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), body);
	}
	return checkContent(dir, TODAY, root).problems;
}

describe('broken content fixtures fail with a message naming the file and the field', () => {
	it('has at least 20 cases', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(20);
	});

	it.each([...CASES, ...ISSUE_10_CASES, ...SPANISH_CASES].map((c) => [c.name, c] as const))(
		'%s',
		(_name, brokenCase) => {
			const problems = problemsFor(brokenCase);
			const file = join('content', brokenCase.file);
			const match = problems.find(
				(p) => p.file === file && p.field === brokenCase.field && brokenCase.message.test(p.message)
			);
			expect(
				match,
				`expected ${file} → ${brokenCase.field}: ${brokenCase.message}\ngot:\n${problems.map(formatProblem).join('\n')}`
			).toBeDefined();
		}
	);
});
