// Runs `astro build` (any arguments are passed on) in a Node process set up to keep the build's
// memory bounded as coverage grows; `npm run build`, `npm start`, `npm test` and the benchmark all
// build through it. Measured at 3,500 synthetic jurisdictions (`npm run bench -- --jurisdictions 3500`):
//
// - A ceiling on V8's old generation. On a machine with plenty of memory V8 let the heap grow to about
//   twice what was live (2 GB for under 1 GB of live data) before collecting it in full. With the
//   ceiling it collects sooner. ATLAS_BUILD_HEAP_MB overrides it for a site that outgrows it.
// - `--expose-gc`, for astro.config.mjs, which collects the content sync's garbage before bundling.
// - MIMALLOC_PURGE_DELAY=0. Vite bundles the site with Rolldown, whose allocator (mimalloc) keeps
//   memory it freed for a second before returning it; its threads then sit idle for the rest of the
//   build, so hundreds of megabytes freed were never returned. With no delay they are.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The default ceiling of the build's old generation, in MB. */
export const BUILD_HEAP_MB = 1280;

/** The Node arguments and environment the build runs with. */
export function buildProcess(env = process.env) {
	const heapMb = Number(env.ATLAS_BUILD_HEAP_MB || BUILD_HEAP_MB);
	if (!Number.isInteger(heapMb) || heapMb < 256)
		throw new Error(`ATLAS_BUILD_HEAP_MB must be a whole number of megabytes, at least 256`);
	const astroPackage = fileURLToPath(import.meta.resolve('astro/package.json'));
	const { bin } = JSON.parse(readFileSync(astroPackage, 'utf8'));
	return {
		heapMb,
		nodeArgs: [
			`--max-old-space-size=${heapMb}`,
			// For astro.config.mjs, which collects the content sync's garbage before bundling.
			'--expose-gc',
			join(dirname(astroPackage), bin.astro),
		],
		env: { ...env, MIMALLOC_PURGE_DELAY: '0' },
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { heapMb, nodeArgs, env } = buildProcess();
	const run = spawnSync(process.execPath, [...nodeArgs, 'build', ...process.argv.slice(2)], {
		env,
		stdio: 'inherit',
	});
	// V8 aborts the process when the heap is full (after printing "Reached heap limit").
	if (run.signal === 'SIGABRT' || run.status === 134)
		console.error(
			`The build stopped; if it ran out of memory ("Reached heap limit" above), the content has ` +
				`outgrown the build's ${heapMb} MB heap: run it again with ATLAS_BUILD_HEAP_MB set higher.`
		);
	process.exit(run.status ?? 1);
}
