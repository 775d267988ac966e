import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../lib/dataset';
import { DOWNLOAD_FORMATS, downloadFiles, TABLE_IDS, type DownloadFile } from '../../lib/downloads';
import { buildDay } from '../../lib/today';

export const getStaticPaths = (() =>
	TABLE_IDS.flatMap((table) =>
		DOWNLOAD_FORMATS.map((format) => ({ params: { file: `${table}.${format}` } }))
	)) satisfies GetStaticPaths;

let files: Promise<Map<string, DownloadFile>> | undefined;
/** Serialises every table once per build, not once per file. */
const allFiles = (site: string) =>
	(files ??= loadDataset().then(
		(dataset) => new Map(downloadFiles(dataset, site, buildDay()).map((f) => [f.name, f]))
	));

/** Each download table as CSV or JSON (`policies.csv`, `policies.json`, …), from the collections. */
export const GET: APIRoute = async ({ params, site }) => {
	const file = (await allFiles(String(site))).get(params.file!)!;
	return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};
