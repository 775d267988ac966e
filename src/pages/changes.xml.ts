import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDataset } from '../lib/dataset';
import { changeFeedItems } from '../lib/page-history';
import { SITE_NAME } from '../lib/site';

/** The RSS feed of changes to jurisdiction pages, one item per recorded change, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const { jurisdictions } = await loadDataset();
	const origin = String(site);
	return rss({
		title: `Changes · ${SITE_NAME}`,
		description:
			'Every recorded change to the jurisdiction pages: publications, corrections, updates and reviews.',
		site: origin,
		customData: '<language>en-us</language>',
		items: changeFeedItems(jurisdictions, origin).map(({ guid, ...item }) => ({
			...item,
			// The package would use the link as the guid; several changes share one page's history link.
			customData: `<guid isPermaLink="true">${guid}</guid>`,
		})),
	});
};
