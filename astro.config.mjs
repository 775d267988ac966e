// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

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

export default defineConfig({
	site: 'https://sanctuary-atlas.example.org',
	trailingSlash: 'always',
	// Embed pages exist to be framed elsewhere, in either language; their canonical address is the
	// full page.
	integrations: [
		mdx(),
		sitemap({ filter: (page) => !/^\/(es\/)?embed\//.test(new URL(page).pathname) }),
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
