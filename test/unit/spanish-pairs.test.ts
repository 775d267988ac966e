import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/check-content';
import { formatProblem } from '../../src/lib/content-problem';
import { addSpanishPairs } from '../../src/lib/i18n/spanish-pairs';

const TODAY = '2026-11-23';
const work = mkdtempSync(join(tmpdir(), 'atlas-pairs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run spanish:pairs', () => {
	it('adds an empty pair for each text without one, which the build then names, and nothing else', () => {
		const content = join(work, 'content');
		cpSync('test/fixtures/valid', content, { recursive: true });
		const es = join(content, 'i18n', 'es');
		rmSync(join(es, 'jurisdictions', 'fixture-city.yaml'));
		rmSync(join(es, 'events', '2014-11-14-fixture-ordinance.yaml'));
		const state = readFileSync(join(es, 'jurisdictions', 'fixture-state.yaml'), 'utf8');
		const written = addSpanishPairs(content).map((p) => relative(content, p));
		expect(written.sort()).toEqual([
			'i18n/es/events/2014-11-14-fixture-ordinance.yaml',
			'i18n/es/jurisdictions/fixture-city.yaml',
		]);
		// A file with all its pairs is left as it was.
		expect(readFileSync(join(es, 'jurisdictions', 'fixture-state.yaml'), 'utf8')).toBe(state);
		const empty = checkContent(content, TODAY, work).problems.map(formatProblem);
		// The empty Spanish is what the build reports, naming the two files and each empty key.
		expect(empty.some((p) => /\.es: /.test(p))).toBe(true);
		for (const problem of empty)
			expect(problem).toMatch(
				/^content\/i18n\/es\/(jurisdictions\/fixture-city|events\/2014-11-14-fixture-ordinance)\.yaml → /
			);
		// Filled in, every text has its translation: no missing text, no stale pair.
		for (const file of written) {
			const path = join(content, file);
			writeFileSync(path, readFileSync(path, 'utf8').replace(/es: ""/g, 'es: "Traducido."'));
		}
		const verdict = checkContent(content, TODAY, work);
		expect(verdict.problems.map(formatProblem)).toEqual([]);
		expect(verdict.warnings).toEqual([]);
		const city = parse(readFileSync(join(es, 'jurisdictions', 'fixture-city.yaml'), 'utf8'));
		expect(Object.keys(city).sort()).toEqual(['policies', 'summary', 'texts']);
	});
});
