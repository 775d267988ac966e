// How this project starts Debian's Chromium, shared by the browser tests and the benchmark.
// The background-networking flags matter: without them Chromium tries to reach Google's hosts,
// which the closed network here refuses, and no test may make a request to another origin.

/** Debian's Chromium; nothing here ever downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless flags that keep Chromium from contacting any other origin. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-quic',
	'--disable-sync',
];
