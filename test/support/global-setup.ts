import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

/**
 * Serves the built dist/ on a free loopback port for the browser tests, once for the whole run.
 * Unit runs without a build skip the server; the browser tests then fail with a clear message.
 */
export default async function setup(project: TestProject) {
	const outDir = process.env.ATLAS_DIST ?? 'dist';
	if (!existsSync(`${outDir}/index.html`)) {
		project.provide('baseUrl', '');
		return;
	}
	const { preview } = await import('astro');
	const server = await preview({
		root: process.cwd(),
		outDir,
		logLevel: 'error',
		server: { port: 0, host: '127.0.0.1' },
	});
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	return async () => server.stop();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
