// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
	site: 'https://sanctuary-atlas.example.org',
	trailingSlash: 'always',
	// Embed pages exist to be framed elsewhere; their canonical address is the full page.
	integrations: [
		mdx(),
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
	],
	// No code blocks on this site; Shiki's inline styles would also conflict with the CSP.
	markdown: { syntaxHighlight: false },
	// Keep the v6 whitespace behaviour: prose written across lines in .astro files keeps its spaces.
	compressHTML: true,
	build: { format: 'directory' },
	// Pages ship no scripts of their own; the policy forbids any script or style from another origin.
	security: { csp: true },
	devToolbar: { enabled: false },
	// Tests that build a broken copy of the content use their own cache so they never touch the real one.
	...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
});
