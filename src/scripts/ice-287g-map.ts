/**
 * The list-date control of the 287(g) map: picking a list loads that list's pre-rendered page and
 * swaps in its map, legend and tables, keeping the URL shareable and focus on the control, and says
 * so in the page's language. Without JavaScript the links to each list's page do the same.
 */
export function enhanceListControl(form: HTMLFormElement): void {
	const select = form.querySelector('select')!;
	form.hidden = false;
	const show = async () => {
		const url = select.value;
		const response = await fetch(url);
		const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
		const next = doc.querySelector('[data-ice-map]');
		if (!response.ok || !next) {
			window.location.href = url;
			return;
		}
		form.closest('[data-ice-map]')!.replaceWith(document.adoptNode(next));
		history.replaceState(null, '', url);
		document.title = doc.title;
		const nextForm = document.querySelector<HTMLFormElement>('[data-ice-list-form]')!;
		enhanceListControl(nextForm);
		nextForm.querySelector('select')!.focus();
		// The page's own words (data-template) and the list's day as its options write it.
		const status = document.querySelector<HTMLElement>('[data-ice-status]');
		const day = nextForm.querySelector('option:checked')?.textContent?.trim() ?? '';
		if (status) status.textContent = (status.dataset['template'] ?? '').replace('{day}', day);
	};
	select.addEventListener('change', () => void show());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void show();
	});
}
