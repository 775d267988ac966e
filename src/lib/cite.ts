import { formatDate } from './dates';

/** What a reader needs to cite one page of the atlas. */
export interface PageCitationInput {
	/** The page's title, e.g. the jurisdiction's name. */
	title: string;
	siteName: string;
	/** The page's absolute address. */
	url: string;
	/** The day a person last reviewed the page (`YYYY-MM-DD`). */
	lastReviewed: string;
	/** The dataset date of the build (`YYYY-MM-DD`), the latest day any entry was checked. */
	datasetDate: string;
	/** The day the page was built (`YYYY-MM-DD`), which is when its content was current. */
	accessed: string;
}

/**
 * The plain-text citation of a page, ready to copy: title, site name, address, and the review,
 * dataset and access dates spelled out so no reader has to guess the date format.
 * @param input The page's title, site name, address and dates.
 */
export function pageCitation(input: PageCitationInput): string {
	// Semicolons separate the dates because each spelled-out date contains a comma.
	const dates = [
		`last reviewed ${formatDate(input.lastReviewed)}`,
		`dataset of ${formatDate(input.datasetDate)}`,
		`accessed ${formatDate(input.accessed)}`,
	].join('; ');
	return `${input.title}. ${input.siteName}. ${input.url} (${dates}).`;
}
