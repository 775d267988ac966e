/**
 * Carries the reader's query and fragment (filters, a search, a card) to the other language when
 * they follow the language switcher; without JavaScript the switcher opens the same page.
 */
export function keepQueryOnSwitch(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) {
		link.addEventListener('click', () => {
			const target = new URL(link.href);
			target.search = location.search;
			target.hash = location.hash;
			link.href = target.href;
		});
	}
}
