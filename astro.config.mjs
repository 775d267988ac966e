// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * MDX modules start with the directive "use astro:head-inject", which Astro itself consumes; Rollup
 * does not know it and warns once per page (MODULE_LEVEL_DIRECTIVE). Only that warning is dropped,
 * so a clean build prints none and a real warning stands out.
 * @param {{ code?: string, message?: string }} warning
 */
function isHeadInjectDirective(warning) {
	return (
		warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
		String(warning.message).includes('use astro:head-inject')
	);
}

/**
 * Where Astro keeps the content layer of the sync (astro/dist/content/instance.js). The module is not
 * one of Astro's public exports; test/repo/build-launcher.test.ts fails if an upgrade moves it.
 */
const CONTENT_LAYER_MODULE = pathToFileURL(
	join(
		dirname(createRequire(import.meta.url).resolve('astro/package.json')),
		'dist/content/instance.js'
	)
).href;

/**
 * Lets the build drop the content sync's memory before Vite bundles the site and pages are rendered.
 * Astro keeps the sync's content layer, and with it a full copy of every entry, in a module-level
 * singleton for the rest of the build, though a static build reads its entries from the data store's
 * file instead (see `dataStoreFromFile`; about 200 MB at 3,500 places). Disposing of the singleton releases it; then
 * a full collection hands the sync's garbage back before the bundler takes its own few hundred
 * megabytes, instead of both peaking together. `gc` exists only when the build runs through
 * scripts/build.mjs (`--expose-gc`).
 * @type {import('astro').AstroIntegration}
 */
const releaseContentSync = {
	name: 'atlas-release-content-sync',
	hooks: {
		'astro:build:start': async () => {
			const { globalContentLayer } = await import(CONTENT_LAYER_MODULE);
			globalContentLayer.dispose();
			globalThis.gc?.();
		},
	},
};

/** Astro's virtual module of the content data store, as its Vite plugin resolves it. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Where the served module reports how reading the store went: rendering runs in this process, and
 * Astro turns any error in the module into an empty store without a word (`fromModule` catches it),
 * so the build checks this when it is done.
 */
const DATA_STORE_REPORT = Symbol.for('atlas.data-store-from-file');

/** Whether the data-store plugin served the store in this build, so a silent miss can be reported. */
let dataStoreServed = false;

/**
 * Has the build's server code read the content data store from its file when it starts rendering,
 * instead of carrying it inside the bundle. Astro bundles the store as
 * `export default JSON.parse("…")`: the module's source text and the string in it, each as large
 * as the store, then stay in memory for the whole build, along with the flat array the string
 * parses to (about 450 MB at 3,500 places). Read from the file and unflattened here, the module
 * holds only the store itself, and the text is garbage once parsed. Astro accepts a Map from the
 * module as it is (`ImmutableDataStore.fromModule`). Only a static `astro build` with Astro's
 * single-file store is changed; the dev server keeps Astro's own module and its reloading. The
 * build fails if the file could not be read, and warns if the module was not served at all.
 * @type {import('astro').AstroIntegration}
 */
const dataStoreFromFile = {
	name: 'atlas-data-store-from-file',
	hooks: {
		'astro:config:setup': ({ config, command, updateConfig }) => {
			dataStoreServed = false;
			delete (/** @type {Record<symbol, unknown>} */ (globalThis)[DATA_STORE_REPORT]);
			// Another storage mode writes other files, and would leave an old data-store.json behind.
			const storage = config.experimental.collectionStorage;
			if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
			const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
			const report = `globalThis[Symbol.for(${JSON.stringify(DATA_STORE_REPORT.description)})]`;
			updateConfig({
				vite: {
					plugins: [
						{
							name: 'atlas-data-store-from-file',
							enforce: 'pre',
							// Astro's own plugin is `pre` too; `order: 'pre'` puts this load hook before it.
							load: {
								order: 'pre',
								filter: { id: /^\0astro:data-layer-content$/ },
								handler(id) {
									if (id !== DATA_STORE_MODULE || !existsSync(file)) return undefined;
									dataStoreServed = true;
									return [
										"import { readFileSync } from 'node:fs';",
										"import { unflatten } from 'devalue';",
										'let store;',
										'try {',
										`\tstore = unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));`,
										`\t${report} = { collections: store.size };`,
										'} catch (error) {',
										`\t${report} = { error: String(error) };`,
										`\tconsole.error('[atlas-data-store-from-file] The content data store could not be read:', error);`,
										'\tthrow error;',
										'}',
										'export default store;',
									].join('\n');
								},
							},
						},
					],
				},
			});
		},
		'astro:build:done': ({ logger }) => {
			if (!dataStoreServed) {
				logger.warn(
					'The content data store was bundled, not read from its file: has Astro renamed its module? See astro.config.mjs.'
				);
				return;
			}
			const report = /** @type {{ collections?: number, error?: string } | undefined} */ (
				/** @type {Record<symbol, unknown>} */ (globalThis)[DATA_STORE_REPORT]
			);
			if (!report?.collections)
				throw new Error(
					`The content data store was not read (${report?.error ?? (report ? 'it holds no collections' : 'the pages never asked for it')}), so the pages were built without their content. See astro.config.mjs.`
				);
		},
	},
};

export default defineConfig({
	site: 'https://sanctuary-atlas.example.org',
	trailingSlash: 'always',
	// Embed pages exist to be framed elsewhere, in either language; their canonical address is the
	// full page.
	integrations: [
		mdx(),
		sitemap({ filter: (page) => !/^\/(es\/)?embed\//.test(new URL(page).pathname) }),
		releaseContentSync,
		dataStoreFromFile,
	],
	// No code blocks on this site; Shiki's inline styles would also conflict with the CSP.
	markdown: { syntaxHighlight: false },
	// Keep the v6 whitespace behaviour: prose written across lines in .astro files keeps its spaces.
	compressHTML: true,
	build: { format: 'directory' },
	// English at the root, Spanish under /es/; a Spanish page that does not exist yet is not faked by
	// a fallback to English (the switcher then links the Spanish home page, see src/lib/urls.ts).
	i18n: {
		defaultLocale: 'en',
		locales: ['en', 'es'],
		routing: { prefixDefaultLocale: false },
	},
	// Every kind of resource comes from this site only (images, fonts, fetches, frames, forms), not just
	// scripts and styles: a stray Markdown image or link preview must not reach another origin.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					if (isHeadInjectDirective(warning)) return;
					warn(warning);
				},
			},
		},
	},
	// Tests that build a broken copy of the content use their own cache so they never touch the real one.
	...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
});
