import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM = CHROMIUM_PATH;

/** The URL of the preview server started by the global setup. */
export function baseUrl(): string {
	const url = inject('baseUrl');
	if (!url)
		throw new Error('No built site to test: run `npm run build` first (npm test does this).');
	return url;
}

/** Launches headless Chromium, or fails with a message saying how to install it. */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (.ci/run does this).`
		);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_ARGS,
	});
}

/**
 * Records every request a browser context makes to an origin other than the site's own, into the
 * returned list. `about:` and `data:` URLs (an empty frame, an inline image) are not network requests.
 */
export function recordForeignRequests(context: BrowserContext): string[] {
	const origin = new URL(baseUrl()).origin;
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'about:' || url.protocol === 'data:') return;
		if (url.origin !== origin) foreign.push(request.url());
	});
	return foreign;
}
