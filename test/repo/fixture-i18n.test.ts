import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SITE = 'content/i18n/es/pages';
const FIXTURE = 'test/fixtures/valid/i18n/es/pages';

describe('the valid fixture', () => {
	// The build tests render the fixture's Spanish pages with the fixture's copy of these strings; a
	// copy that falls behind fails those builds with an unrelated-looking error, so say it here.
	it('carries the same Spanish page strings as the site', () => {
		for (const file of readdirSync(SITE)) {
			const copy = join(FIXTURE, file);
			expect(existsSync(copy), `copy ${SITE}/${file} to ${FIXTURE}/`).toBe(true);
			expect(readFileSync(copy, 'utf8'), `copy ${SITE}/${file} to ${FIXTURE}/`).toBe(
				readFileSync(join(SITE, file), 'utf8')
			);
		}
	});
});
