import { fillPlaceholders } from '../lib/i18n/placeholders';
import { parseTimelineState } from '../lib/timeline-state';

/** The filter's words in the page's language, handed over by the page (`data-strings`). */
interface TimelineWords {
	shown: string;
	'unknown.j': string;
	'unknown.kind': string;
}

/**
 * Filters the timeline by jurisdiction and kind in place, keeps the choice in the URL (?j=…&kind=…)
 * so it can be shared, and announces how many events match. Without JavaScript the full timeline
 * shows, and each jurisdiction page has its own slice.
 */
export function enhanceTimelineFilter(form: HTMLFormElement): void {
	const jurisdiction = form.querySelector<HTMLSelectElement>('select[name="j"]')!;
	const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
	const status = form.querySelector<HTMLElement>('[role="status"]')!;
	const items = [...document.querySelectorAll<HTMLLIElement>('.timeline > li')];
	const years = [...document.querySelectorAll<HTMLElement>('[data-year-section]')];
	const words = JSON.parse(form.dataset['strings']!) as TimelineWords;
	const values = (select: HTMLSelectElement) =>
		[...select.options].map((o) => o.value).filter(Boolean);
	const initial = parseTimelineState(
		window.location.search,
		{
			jurisdictions: values(jurisdiction),
			kinds: values(kind),
		},
		(what, value) => fillPlaceholders(words[`unknown.${what}`], { value })
	);
	jurisdiction.value = initial.j;
	kind.value = initial.kind;
	// A bad part of a shared URL is said once, beside the count, then forgotten.
	let problems = initial.problems.join(' ');

	const apply = () => {
		let shown = 0;
		for (const item of items) {
			const match =
				(!jurisdiction.value ||
					(item.dataset['jurisdictions'] ?? '').split(' ').includes(jurisdiction.value)) &&
				(!kind.value || item.dataset['kind'] === kind.value);
			item.hidden = !match;
			if (match) shown++;
		}
		for (const section of years)
			section.hidden = !section.querySelector('.timeline > li:not([hidden])');
		status.textContent = `${fillPlaceholders(words.shown, { shown, total: items.length })}${problems ? ` ${problems}` : ''}`;
		problems = '';
		const next = new URL(window.location.href);
		for (const [key, select] of [
			['j', jurisdiction],
			['kind', kind],
		] as const) {
			if (select.value) next.searchParams.set(key, select.value);
			else next.searchParams.delete(key);
		}
		history.replaceState(null, '', next);
	};
	form.hidden = false;
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply();
	});
	apply();
}
