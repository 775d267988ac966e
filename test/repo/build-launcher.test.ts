import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify, unflatten } from 'devalue';
import { BUILD_HEAP_MB, buildProcess } from '../../scripts/build.mjs';

describe('the build launcher (npm run build)', () => {
	it('runs Astro on this Node with the heap ceiling and the allocator setting', () => {
		const { heapMb, nodeArgs, env } = buildProcess({ PATH: '/usr/bin' });
		expect(heapMb).toBe(BUILD_HEAP_MB);
		expect(nodeArgs[0]).toBe(`--max-old-space-size=${BUILD_HEAP_MB}`);
		expect(nodeArgs[1]).toBe('--expose-gc');
		expect(nodeArgs[2]).toMatch(/astro[\\/]bin[\\/]astro\.mjs$/);
		expect(existsSync(nodeArgs[2]!)).toBe(true);
		expect(env).toMatchObject({ PATH: '/usr/bin', MIMALLOC_PURGE_DELAY: '0' });
	});

	it('takes a larger heap from ATLAS_BUILD_HEAP_MB and refuses one that is not a size', () => {
		expect(buildProcess({ ATLAS_BUILD_HEAP_MB: '4096' }).nodeArgs[0]).toBe(
			'--max-old-space-size=4096'
		);
		for (const bad of ['lots', '2.5', '-1', '100'])
			expect(() => buildProcess({ ATLAS_BUILD_HEAP_MB: bad })).toThrow(/ATLAS_BUILD_HEAP_MB/);
	});
});

describe("the build's release of the content sync (astro.config.mjs)", () => {
	it("finds Astro's content-layer singleton where the config looks for it", async () => {
		// Not a public export of Astro: if an upgrade moves or renames it, the build would fail, so
		// this says why before it does.
		const astroRoot = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
		const { globalContentLayer } = (await import(
			pathToFileURL(join(astroRoot, 'dist/content/instance.js')).href
		)) as { globalContentLayer: { get: () => unknown; dispose: () => void } };
		expect(typeof globalContentLayer.get).toBe('function');
		expect(typeof globalContentLayer.dispose).toBe('function');
		globalContentLayer.dispose();
		expect(globalContentLayer.get()).toBeNull();
	});
});

describe("the build's reading of the content data store (astro.config.mjs)", () => {
	const astroRoot = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
	const astroFile = (path: string) => readFileSync(join(astroRoot, 'dist/content', path), 'utf8');

	it("names Astro's data-store module and file as Astro does", () => {
		// Not public API: if an upgrade renames either, the config's plugin would stop applying and
		// the build would quietly take back hundreds of megabytes at scale, so this says so first.
		const consts = astroFile('consts.js');
		expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
		expect(consts).toContain(
			'const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;'
		);
		expect(consts).toContain('const DATA_STORE_FILE = "data-store.json";');
	});

	it('gives Astro a Map, which Astro takes as the store itself', () => {
		expect(astroFile('data-store.js')).toMatch(
			/if \(data\.default instanceof Map\) \{\s*return ImmutableDataStore\.fromMap\(data\.default\);/
		);
		const store = new Map([['jurisdictions', new Map([['a', { id: 'a', data: { n: 1 } }]])]]);
		expect(unflatten(JSON.parse(stringify(store)))).toEqual(store);
	});
});
