import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folders whose files run or build the site: none may depend on where a checkout lives. */
const CHECKED = ['src', 'test', 'scripts', '.ci'];

/**
 * An absolute path into a user's home folder (Linux, macOS or root's), the machines' work folder, or a
 * Windows user folder. Debian's fixed system paths such as /usr/bin/chromium are fine: they are the
 * same on every machine.
 */
const MACHINE_PATH = /(?:^|[\s'"`(=:,[])(?:\/(?:home|root|Users|work)\/[\w.-]|[A-Z]:\\Users\\)/m;

/** Tracked files under the checked folders (every file there when git is unavailable). */
function trackedFiles(): string[] {
	try {
		return execFileSync('git', ['ls-files', '-z', '--', ...CHECKED], { encoding: 'utf8' })
			.split('\0')
			.filter(Boolean);
	} catch {
		const walk = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) => {
				const path = join(dir, name);
				return statSync(path).isDirectory() ? walk(path) : [path];
			});
		return CHECKED.flatMap((dir) => {
			try {
				return walk(dir);
			} catch {
				return [];
			}
		});
	}
}

describe('the checkout can live anywhere', () => {
	const files = trackedFiles();

	it('finds the files it checks', () => {
		expect(files.some((f) => f.startsWith('src/'))).toBe(true);
		expect(files).toContain('.ci/run');
	});

	it('no tracked source, test, script or CI file names a home or work directory', () => {
		const offenders = files.flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			return text
				.split('\n')
				.flatMap((line, index) =>
					MACHINE_PATH.test(line) ? [`${file}:${index + 1}: ${line.trim().slice(0, 120)}`] : []
				);
		});
		expect(
			offenders,
			'Use a path relative to the repository (process.cwd(), import.meta.url, or dirname of the ' +
				'script) or an environment variable such as ATLAS_DIST instead of an absolute path to one ' +
				'machine’s checkout:\n' +
				offenders.join('\n')
		).toEqual([]);
	});

	it('the pattern catches what it is meant to catch', () => {
		// Built from parts so that this file does not hold the paths it looks for.
		const root = (dir: string) => `/${dir}/`;
		for (const bad of [
			`readFileSync("${root('work')}main/dist/x")`,
			`cd '${root('home')}ana/atlas'`,
			'C:\\Users\\x',
		])
			expect(MACHINE_PATH.test(bad), bad).toBe(true);
		for (const fine of [
			'/usr/bin/chromium',
			`src${root('work')}x`,
			`https://example.org${root('home')}page`,
		])
			expect(MACHINE_PATH.test(fine), fine).toBe(false);
	});
});
