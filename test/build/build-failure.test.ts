import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const replace = (from: string, to: string) => (text: string) => {
	if (!text.includes(from)) throw new Error(`fixture edit did not apply: ${from}`);
	return text.replace(from, to);
};

/**
 * Builds the site from a copy of the valid fixture with `edits` applied (path → edit, or text for
 * a new file) and returns the exit code and the output without colours.
 */
function buildWith(name: string, edits: Record<string, string | ((text: string) => string)>) {
	const content = join(work, name, 'content');
	cpSync('test/fixtures/valid', content, { recursive: true });
	// The fixture has no 287(g) data of its own; the site's pages for it read the real lists.
	cpSync('content/ice-287g', join(content, 'ice-287g'), { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(content, file);
		writeFileSync(path, typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8')));
	}
	const result = spawnSync(
		'node_modules/.bin/astro',
		['build', '--outDir', join(work, name, 'dist')],
		{
			encoding: 'utf8',
			env: {
				...process.env,
				ATLAS_CONTENT_DIR: content,
				ATLAS_CACHE_DIR: join(work, name, 'cache'),
				ATLAS_TODAY: '2026-11-23',
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
		}
	);
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, output };
}

describe('a real `astro build`', () => {
	it('over clean content succeeds and prints no warning', () => {
		const { status, output } = buildWith('clean', {});
		expect(status, output).toBe(0);
		expect(output).not.toMatch(/warn/i);
	});

	it('over content with many mistakes in many files fails and lists every one, file → field', () => {
		const city = 'jurisdictions/fixture-city.mdx';
		const { status, output } = buildWith('many', {
			'events/2014-11-14-fixture-ordinance.yaml': replace('date: 2014-11-14', 'date: 2021-02-30'),
			'sources/fixture-ordinance-2014.yaml': replace(
				'url: https://example.org/fixture-ordinance',
				'url: javascript:alert(1)'
			),
			'sources/fixture-news-2017.yml': readFileSync(
				'test/fixtures/valid/sources/fixture-news-2017.yaml',
				'utf8'
			),
			'sources/Bad Name.yaml': 'title: x\n',
			'jurisdictions/fixture-state.mdx': (text) =>
				`${replace('kind: state\n', 'kind: state\nparents: [fixture-city]\n')(text)}\n<script>alert(1)</script>\n\nSee [this](javascript:alert(1)).\n`,
			[city]: (text) =>
				`${replace(
					'lastReviewed: 2026-11-23',
					'lastReviewed: 2062-11-23'
				)(
					replace('  jurisdiction: fixture-state', '  jurisdiction: atlantis')(text)
				)}\nAlso <Cite s='no-such-source' />.\n`,
		});
		expect(status).not.toBe(0);
		const expected = [
			'events/2014-11-14-fixture-ordinance.yaml → date: "2021-02-30" is not a real date (2021-02 has 28 days)',
			'sources/fixture-ordinance-2014.yaml → url: "javascript:alert(1)" is not allowed',
			'sources/fixture-news-2017.yml → (file name): files in content/sources/ end in .yaml',
			'sources/Bad Name.yaml → (file name): "Bad Name.yaml" is not a valid id',
			'jurisdictions/fixture-state.mdx → body (line 86): <script> is not allowed',
			'jurisdictions/fixture-state.mdx → body (line 88): link to "javascript:alert(1)" is not allowed',
			`${city} → lastReviewed: 2062-11-23 is after today (2026-11-23)`,
			`${city} → jail.jurisdiction: unknown jurisdiction "atlantis"`,
			`${city} → parents[0]: "fixture-state" leads back to fixture-city`,
			`${city} → body <Cite s>[2]: unknown source "no-such-source"`,
		];
		for (const line of expected) expect(output, output).toContain(line);
		// Our messages only: no stack trace into node_modules, no Astro or zod wording.
		expect(output).not.toMatch(/node_modules|\n\s+at |Did not match union|\*\*/);
	});
});
