// The benchmark's scale run: builds the site from a temporary copy of content/ with N synthetic
// jurisdictions into a temporary folder, and prints build time, peak memory, dist size, the largest
// pages raw and gzip, and pages per second, against the targets of issue #11. Numbers are printed,
// never asserted. The build runs in a temporary copy of the project (node_modules linked), so the
// real content/, dist/ and .astro/ cache are not touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distByPart, filesUnder, gzipBytes } from './site-bytes.mjs';
import { writeSyntheticContent } from './synthetic-content.mjs';

const MB = 1024 * 1024;
/** The build launcher (`npm run build`), run from the temporary copy. */
const BUILD_SCRIPT = fileURLToPath(new URL('./build.mjs', import.meta.url));
/** What a build reads besides content/ and node_modules/. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];
const TARGETS = { seconds: 180, peakMb: 2048, pageRaw: 1 * MB, pageGzip: 150 * 1024, distMb: 400 };
const mb = (n) => `${(n / MB).toFixed(1)} MB`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (value, target, show) =>
	value <= target
		? `met (≤ ${show(target)})`
		: `MISSED by ${show(value - target)} (> ${show(target)})`;

/** Builds with `count` synthetic jurisdictions added to the real ones and prints the measurements. */
export async function scaleBench(count) {
	const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
	const content = join(work, 'content');
	const out = join(work, 'dist');
	try {
		for (const file of PROJECT_FILES) cpSync(file, join(work, file), { recursive: true });
		symlinkSync(join(process.cwd(), 'node_modules'), join(work, 'node_modules'), 'dir');
		const total = writeSyntheticContent('content', content, count);
		console.log(`Scale run: ${total} jurisdictions (${count} synthetic) in ${content}`);
		// GNU time reports the peak resident memory of the build (the largest process in its tree).
		// The build runs through the same launcher as `npm run build`, with its memory settings.
		const build = spawnSync(
			'/usr/bin/time',
			['-f', 'TIME %e %M', process.execPath, BUILD_SCRIPT, '--outDir', out],
			{
				cwd: work,
				encoding: 'utf8',
				env: {
					...process.env,
					ATLAS_CONTENT_DIR: content,
					// Its own content-layer cache, so the real one never points at the temporary copy.
					ATLAS_CACHE_DIR: join(work, 'cache'),
					ASTRO_TELEMETRY_DISABLED: '1',
				},
				maxBuffer: 256 * MB,
			}
		);
		const timing = /TIME ([\d.]+) (\d+)/.exec(build.stderr ?? '');
		if (build.status !== 0 || !timing) {
			console.error(build.stderr?.slice(-4000));
			process.exitCode = build.status || 1;
			return;
		}
		const seconds = Number(timing[1]);
		const peak = Number(timing[2]) * 1024;
		const files = filesUnder(out);
		// Each file's size as written and as a host serves it with gzip (images are served as they are).
		const measured = files.map((f) => {
			const body = readFileSync(f);
			const path = relative(out, f).split(sep).join('/');
			return {
				path,
				raw: body.length,
				gzip: /\.(png|jpe?g|webp|woff2?)$/.test(path) ? body.length : gzipBytes(body),
			};
		});
		const byPath = new Map(measured.map((m) => [m.path, m]));
		const distBytes = measured.reduce((sum, m) => sum + m.raw, 0);
		const distGzip = measured.reduce((sum, m) => sum + m.gzip, 0);
		const pages = measured
			.filter((m) => m.path.endsWith('.html'))
			.map(({ path, raw, gzip }) => ({ file: path, raw, gzip }));
		const byRaw = [...pages].sort((a, b) => b.raw - a.raw);
		const byGzip = [...pages].sort((a, b) => b.gzip - a.gzip);
		console.log(
			`\nBuild time:      ${seconds.toFixed(1)} s  ${verdict(seconds, TARGETS.seconds, (s) => `${s.toFixed(0)} s`)}`
		);
		console.log(`Peak memory:     ${mb(peak)}  ${verdict(peak, TARGETS.peakMb * MB, mb)}`);
		console.log(
			`dist/:           ${mb(distBytes)} in ${files.length} files  ${verdict(distBytes, TARGETS.distMb * MB, mb)}`
		);
		console.log(`                 ${mb(distGzip)} as served with gzip (not the target's measure)`);
		console.log(`HTML pages:      ${pages.length}, ${(pages.length / seconds).toFixed(1)} pages/s`);
		console.log('\ndist/ by part (size, gzip, files, size per jurisdiction):');
		const paths = [...byPath.keys()];
		const gzipParts = distByPart(paths, (p) => byPath.get(p).gzip);
		distByPart(paths, (p) => byPath.get(p).raw).forEach(({ part, bytes, files: n }, i) =>
			console.log(
				`  ${part.padEnd(36)} ${mb(bytes).padStart(10)} ${mb(gzipParts[i].bytes).padStart(10)} ${String(n).padStart(6)} ${kb(bytes / total).padStart(9)}`
			)
		);
		console.log('');
		console.log(
			`Largest raw:     ${byRaw[0].file} ${kb(byRaw[0].raw)}  ${verdict(byRaw[0].raw, TARGETS.pageRaw, kb)}`
		);
		console.log(
			`Largest gzip:    ${byGzip[0].file} ${kb(byGzip[0].gzip)}  ${verdict(byGzip[0].gzip, TARGETS.pageGzip, kb)}`
		);
		console.log('\nLargest pages (raw, gzip):');
		for (const p of byRaw.slice(0, 8))
			console.log(`  ${p.file.padEnd(48)} ${kb(p.raw).padStart(10)} ${kb(p.gzip).padStart(10)}`);
		const over = pages.filter((p) => p.raw > TARGETS.pageRaw || p.gzip > TARGETS.pageGzip);
		console.log(`Pages over 1 MB raw or 150 KB gzip: ${over.length}`);
		const json = measured
			.filter((m) => m.path.endsWith('.json'))
			.sort((a, b) => b.raw - a.raw)
			.slice(0, 4);
		console.log('Largest JSON files (fetched on demand; raw, gzip):');
		for (const j of json)
			console.log(`  ${j.path.padEnd(48)} ${kb(j.raw).padStart(10)} ${kb(j.gzip).padStart(10)}`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
