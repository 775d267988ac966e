import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the site from a broken copy of the valid fixture and returns the exit code and output. */
function buildWith(file: string, edit: (text: string) => string, name: string) {
	const content = join(work, name, 'content');
	cpSync('test/fixtures/valid', content, { recursive: true });
	const path = join(content, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	const result = spawnSync(
		'node_modules/.bin/astro',
		['build', '--outDir', join(work, name, 'dist')],
		{
			encoding: 'utf8',
			env: {
				...process.env,
				ATLAS_CONTENT_DIR: content,
				ATLAS_CACHE_DIR: join(work, name, 'cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
		}
	);
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, output };
}

describe('a real `astro build` over broken content', () => {
	it('fails on a schema error and names the file and the field', () => {
		const { status, output } = buildWith(
			'sources/fixture-ordinance-2014.yaml',
			(t) => t.replace('kind: ordinance', 'kind: blog'),
			'schema'
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/fixture-ordinance-2014\.yaml/);
		expect(output).toMatch(/kind/);
	});

	it('fails on a dangling reference that Astro alone would only warn about', () => {
		const { status, output } = buildWith(
			'jurisdictions/fixture-city.mdx',
			(t) => t.replace('parents: [fixture-state]', 'parents: [atlantis]'),
			'reference'
		);
		expect(status).not.toBe(0);
		expect(output).toContain('fixture-city.mdx → parents[0]: unknown jurisdiction "atlantis"');
	});
});
