import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { formatProblem } from '../../src/lib/validate-dataset';

const TODAY = '2026-11-23';
const work = mkdtempSync(join(tmpdir(), 'atlas-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the valid fixture with `edits` applied (path → new text). */
function copyWith(name: string, edits: Record<string, (text: string) => string>): string {
	const dir = join(work, name, 'content');
	cpSync('test/fixtures/valid', dir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
	}
	return dir;
}

describe('the build and the tests read content one way', () => {
	it('accepts a byte-order mark, as Astro does', () => {
		const dir = copyWith('bom', {
			'jurisdictions/fixture-city.mdx': (t) => `\uFEFF${t}`,
			'sources/fixture-news-2017.yaml': (t) => `\uFEFF${t}`,
		});
		expect(checkContent(dir, TODAY, join(work, 'bom')).problems.map(formatProblem)).toEqual([]);
	});

	it('keeps dates as written: text, never a Date rolled over to another day', () => {
		const { dataset } = checkContent('test/fixtures/valid', TODAY);
		const city = dataset.jurisdictions.find((j) => j.id === 'fixture-city')!;
		expect(city.data.lastReviewed).toBe('2026-11-23');
		expect(dataset.sources.find((s) => s.id === 'fixture-news-2017')!.data.published).toBe(
			'2017-10'
		);
	});

	it('reports one broken file once, not as a cascade of unknown references', () => {
		const dir = copyWith('cascade', {
			'sources/fixture-ordinance-2014.yaml': (t) => t.replace('kind: ordinance', 'kind: [oops'),
		});
		const problems = checkContent(dir, TODAY, join(work, 'cascade')).problems.map(formatProblem);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^content\/sources\/fixture-ordinance-2014\.yaml → \(file\): not valid YAML/
		);
	});

	it('reports every broken file in one run, each message on one line without a stack trace', () => {
		const dir = copyWith('many', {
			'sources/fixture-ordinance-2014.yaml': (t) => t.replace('kind: ordinance', 'kind: blog'),
			'jurisdictions/fixture-city.mdx': (t) =>
				t.replace('lastReviewed: 2026-11-23', 'lastReviewed: 2026-13-01'),
			'events/2014-11-14-fixture-ordinance.yaml': (t) =>
				t.replace('verified: 2026-11-23', 'verified: 2062-11-23'),
		});
		const problems = checkContent(dir, TODAY, join(work, 'many')).problems.map(formatProblem);
		expect(problems.map((p) => p.split(' → ')[0])).toEqual([
			'content/events/2014-11-14-fixture-ordinance.yaml',
			'content/jurisdictions/fixture-city.mdx',
			'content/sources/fixture-ordinance-2014.yaml',
		]);
		for (const problem of problems) {
			expect(problem).not.toMatch(/\n|node_modules|\s+at\s/);
		}
	});
});
