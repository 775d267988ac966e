import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/lib/validate-dataset';
import { loadContent } from '../support/load-content';

const VALID = 'test/fixtures/valid';
const CITY = 'jurisdictions/fixture-city.mdx';
const STATE = 'jurisdictions/fixture-state.mdx';
const SOURCE = 'sources/fixture-ordinance-2014.yaml';
const EVENT = 'events/2014-11-14-fixture-ordinance.yaml';
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
		field: 'policies.0.sources',
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
		field: 'policies.0.since',
		message: /real calendar date/,
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
		field: 'policies.0.history.0.to',
		message: /"from" must not be after "to"/,
	},
	{
		name: 'a duplicate id (two files, one id)',
		edit: {},
		add: { 'jurisdictions/nested/fixture-city.mdx': '@@copy:' + CITY },
		file: 'jurisdictions/nested/fixture-city.mdx',
		field: 'id',
		message: /duplicate id "fixture-city"/,
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
		message: /full http\(s\) URL/,
	},
	{
		name: 'a statistic where honoured exceeds received',
		edit: { [CITY]: replace('honoured: 2', 'honoured: 200') },
		file: CITY,
		field: 'statistics.0.honoured',
		message: /honoured \(200\) cannot exceed received \(100\)/,
	},
	{
		name: 'a negative count',
		edit: { [CITY]: replace('received: 100', 'received: -1') },
		file: CITY,
		field: 'statistics.0.received',
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
		field: '(root)',
		message: /lastReveiwed/,
	},
	{
		name: 'an event naming an unknown jurisdiction',
		edit: { [EVENT]: replace('jurisdictions: [fixture-city]', 'jurisdictions: [fixture-town]') },
		file: EVENT,
		field: 'jurisdictions[0]',
		message: /unknown jurisdiction "fixture-town"/,
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
		const body = text.startsWith('@@copy:') ? readFileSync(join(dir, text.slice(7)), 'utf8') : text;
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), body);
	}
	const { dataset, problems } = loadContent(dir, root);
	return [...problems, ...validateDataset(dataset, TODAY)];
}

describe('broken content fixtures fail with a message naming the file and the field', () => {
	it('has at least 20 cases', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(20);
	});

	it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, brokenCase) => {
		const problems = problemsFor(brokenCase);
		const file = join('content', brokenCase.file);
		const match = problems.find(
			(p) => p.file === file && p.field === brokenCase.field && brokenCase.message.test(p.message)
		);
		expect(
			match,
			`expected ${file} → ${brokenCase.field}: ${brokenCase.message}\ngot:\n${problems.map(formatProblem).join('\n')}`
		).toBeDefined();
	});
});
