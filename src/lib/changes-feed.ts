import rss from '@astrojs/rss';
import type { ChangeKind } from '../schemas/change';
import { loadDataset } from './dataset';
import { INTL_LOCALE } from './dates';
import { pageStrings } from './i18n/load';
import { localizeJurisdiction } from './i18n/localize';
import { changeFeedItems } from './page-history';
import { localeUrl, type Locale } from './urls';

/**
 * The RSS feed of changes to jurisdiction pages in one language, one item per recorded change,
 * newest first, as the response its route serves. A Spanish feed links the Spanish pages and names
 * places and kinds in Spanish; each summary stays the page's English sentence, which its
 * description says.
 * @param locale The feed's language.
 * @param site The site's origin, which every link is made absolute against.
 */
export async function changesFeedResponse(
	locale: Locale,
	site: URL | undefined
): Promise<Response> {
	const dataset = await loadDataset();
	const t = pageStrings(locale, ['changes', 'jurisdiction']);
	const origin = String(site);
	const jurisdictions = dataset.jurisdictions.map((j) => localizeJurisdiction(j, dataset, locale));
	const items = changeFeedItems(jurisdictions, origin, {
		locale,
		kindLabel: (kind: ChangeKind) => t(`change-kind.${kind}`),
	});
	return rss({
		title: `${t('title')} · ${t('site.name')}`,
		description:
			locale === 'en'
				? t('feed.description')
				: `${t('feed.description')} ${t('feed.notes-english')}`,
		// The channel's link: the home page in the feed's language.
		site: new URL(localeUrl('/', locale), origin).href,
		customData: `<language>${INTL_LOCALE[locale].toLowerCase()}</language>`,
		items: items.map(({ guid, ...item }) => ({
			...item,
			// The package would use the link as the guid; several changes share one page's history link.
			customData: `<guid isPermaLink="true">${guid}</guid>`,
		})),
	});
}
