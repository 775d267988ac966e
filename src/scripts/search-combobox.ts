import { fillPlaceholders } from '../lib/i18n/placeholders';
import type { SearchHit, SearchResult } from '../lib/search/engine';
import { MIN_QUERY_LENGTH } from '../lib/search/record-types';
import { counterpartHref, localeUrl } from '../lib/urls';
import { describeCount, renderHitContent, searchSession, warmSearch } from './search-client';
import { readSearchStrings } from './search-strings';

const MAX_OPTIONS = 8;
const DEBOUNCE_MS = 90;

/**
 * Turns the header search form into an ARIA 1.2 combobox with a listbox of results as you type.
 * Without JavaScript the same form submits to /search/.
 */
export function enhanceCombobox(form: HTMLFormElement): void {
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const list = form.querySelector<HTMLUListElement>('[data-search-list]')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('aria-expanded', 'false');
	list.setAttribute('role', 'listbox');

	let options: { element: HTMLLIElement; url: string }[] = [];
	let active = -1;
	let timer: ReturnType<typeof setTimeout> | undefined;
	// Set by Escape until the reader types again: a fuller answer that arrives later (once more of
	// the index is fetched) refreshes the options but must not reopen a list the reader closed.
	let dismissed = false;
	const search = searchSession();
	const strings = readSearchStrings(form);

	const open = () => {
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
	};
	const close = () => {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	};
	const setActive = (index: number) => {
		options.forEach((o, i) => o.element.setAttribute('aria-selected', String(i === index)));
		active = index;
		const option = options[index];
		if (option) {
			input.setAttribute('aria-activedescendant', option.element.id);
			option.element.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};
	const render = ({ hits, ignored }: SearchResult, query: string, final: boolean) => {
		list.replaceChildren();
		const shown = hits.slice(0, MAX_OPTIONS);
		// Each result opens in the page's language where that page is published.
		const items: { hit?: SearchHit; url: string }[] = [
			...shown.map((hit) => ({ hit, url: counterpartHref(hit.record.u, strings.locale) })),
			{ url: `${localeUrl('/search/', strings.locale)}?q=${encodeURIComponent(query)}` },
		];
		options = items.map((item, index) => {
			const element = document.createElement('li');
			element.id = `${list.id}-option-${index}`;
			element.setAttribute('role', 'option');
			element.setAttribute('aria-selected', 'false');
			if (item.hit) renderHitContent(element, item.hit, query, strings);
			else element.textContent = fillPlaceholders(strings.seeAll, { query });
			element.addEventListener('mousedown', (event) => {
				event.preventDefault();
				window.location.assign(item.url);
			});
			list.append(element);
			return { element, url: item.url };
		});
		status.textContent = describeCount(hits.length, query, ignored, final, strings);
		active = -1;
		if (dismissed) close();
		else open();
	};
	const update = () => {
		const query = input.value;
		if (query.trim().length < MIN_QUERY_LENGTH) {
			search('', 0, () => undefined);
			close();
			status.textContent = '';
			return;
		}
		search(query, 20, (result, final) => render(result, query, final));
	};

	input.addEventListener('input', () => {
		dismissed = false;
		clearTimeout(timer);
		timer = setTimeout(update, DEBOUNCE_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' && options.length > 0) {
			event.preventDefault();
			dismissed = false;
			if (list.hidden) open();
			setActive((active + 1) % options.length);
		} else if (event.key === 'ArrowUp' && options.length > 0) {
			event.preventDefault();
			setActive(active <= 0 ? options.length - 1 : active - 1);
		} else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
			event.preventDefault();
			window.location.assign(options[active]!.url);
		} else if (event.key === 'Escape' && !list.hidden) {
			// Close the list only; the browser would otherwise also clear a search field.
			event.preventDefault();
			dismissed = true;
			close();
		}
	});
	input.addEventListener('blur', () => setTimeout(close, 150));
	input.addEventListener('focus', () => {
		if (input.value.trim().length >= MIN_QUERY_LENGTH) update();
	});
	warmSearch();
	// The reader may have typed while this module was loading.
	if (input.value.trim().length >= MIN_QUERY_LENGTH) update();
}
