import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// Browser and build tests share one built site and one server; run files one at a time.
		fileParallelism: false,
		globalSetup: ['test/support/global-setup.ts'],
		hookTimeout: 240_000,
		// A bound against hangs, not a speed check: axe over the largest pages (/sources/, /timeline/)
		// takes over a minute on a loaded 2-core machine, and tests never time things.
		testTimeout: 240_000,
		// The first search in a browser fetches and indexes the data; give polls room on a slow CI.
		expect: { poll: { timeout: 10_000, interval: 50 } },
	},
});
