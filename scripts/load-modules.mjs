// Loads the site's TypeScript modules in Node for the benchmark scripts.
import { createServer } from 'vite';

/** Loads TypeScript modules of the site through Vite, which resolves extensionless imports. */
export async function loadModules(paths) {
	const vite = await createServer({
		server: { middlewareMode: true, hmr: false },
		appType: 'custom',
		logLevel: 'error',
		optimizeDeps: { noDiscovery: true },
	});
	try {
		return await Promise.all(paths.map((p) => vite.ssrLoadModule(p)));
	} finally {
		await vite.close();
	}
}
