import { segmentOn, type CompareData } from '../lib/answer-segments';
import { formatDate } from '../lib/dates';
import { fillPlaceholders } from '../lib/i18n/placeholders';
import { jurisdictionUrl, pathLocale } from '../lib/urls';
import {
	formatCompareState,
	MAX_SELECTED,
	parseCompareState,
	type CompareState,
	type CompareVocabulary,
	type CompareWords,
} from '../lib/compare-state';

let data: Promise<CompareData> | undefined;
/** Loads the page's answers over time once, only when a reader picks a date or jurisdictions. */
const loadData = (url: string) =>
	(data ??= fetch(url).then((r) => {
		if (!r.ok) throw new Error(`compare answers: HTTP ${r.status}`);
		return r.json() as Promise<CompareData>;
	}));

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
};

/**
 * Enhances /compare/: side by side for 2–4 jurisdictions, sorting and filtering of the static table,
 * all kept in the URL. Everything is built as text nodes; nothing from the URL becomes markup. It
 * speaks the page's language: its words come with the form (`data-strings`), dates go through Intl.
 */
export function enhanceCompare(form: HTMLFormElement, table: HTMLTableElement): void {
	const body = table.tBodies[0]!;
	const answersUrl = form.dataset['answers']!;
	const locale = pathLocale(window.location.pathname);
	const words = JSON.parse(form.dataset['strings']!) as CompareWords;
	const say = (key: keyof CompareWords, vars: Record<string, string | number> = {}) =>
		fillPlaceholders(words[key], vars);
	const rows = [...body.rows];
	const vocabulary: CompareVocabulary = {
		jurisdictions: rows.map((r) => r.dataset['id']!),
		states: [...new Set(rows.map((r) => r.dataset['state']!))],
		kinds: [...new Set(rows.map((r) => r.dataset['kind']!))],
		dimensions: new Map(
			[...form.querySelectorAll<HTMLOptGroupElement>('select[name="v"] optgroup')].map((group) => {
				const options = [...group.querySelectorAll('option')].map((o) => o.value.split(':'));
				return [options[0]![0]!, options.map((o) => o[1]!)];
			})
		),
	};
	const checks = [...form.querySelectorAll<HTMLInputElement>('input[name="j"]')];
	const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
	const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
	const problemsBox = form.querySelector<HTMLElement>('[data-compare-problems]')!;
	const sideBySide = form.querySelector<HTMLElement>('[data-side-by-side]')!;
	const dateInput = form.querySelector<HTMLInputElement>('input[name="date"]')!;
	const caption = table.querySelector('caption')!;
	const todayCaption = caption.textContent ?? '';
	// The server-rendered (today's) state of every cell, to restore when the date is cleared.
	const original = new Map(
		[...body.querySelectorAll<HTMLElement>('td[data-dimension]')].map((td) => {
			const badge = td.querySelector<HTMLElement>('.value')!;
			return [
				td,
				{
					value: td.dataset['value']!,
					rank: td.dataset['rank']!,
					label: badge.textContent ?? '',
					title: td.querySelector('a')?.title ?? '',
				},
			];
		})
	);
	const setCell = (td: HTMLElement, value: string, rank: string, label: string, title: string) => {
		const badge = td.querySelector<HTMLElement>('.value')!;
		const link = td.querySelector('a');
		if (link) link.title = title;
		td.dataset['value'] = value;
		td.dataset['rank'] = rank;
		badge.dataset['value'] = value;
		// Unrecorded, "no rule" and "not found" are not positions in the order, so they are not shaded.
		if (['unrecorded', 'no-rule', 'not-found'].includes(value)) delete badge.dataset['rank'];
		else badge.dataset['rank'] = rank;
		badge.textContent = label;
	};

	/** Shows every cell as of `date` (today's server-rendered values when empty). */
	const resolveAt = async (date: string) => {
		if (!date) {
			for (const [td, cell] of original) setCell(td, cell.value, cell.rank, cell.label, cell.title);
			caption.textContent = todayCaption;
			return;
		}
		const { dimensions, jurisdictions } = await loadData(answersUrl);
		for (const row of rows) {
			const jurisdiction = jurisdictions.find((j) => j.id === row.dataset['id']);
			if (!jurisdiction) continue;
			dimensions.forEach((dimension, index) => {
				const td = row.querySelector<HTMLElement>(`td[data-dimension="${dimension.id}"]`);
				if (!td) return;
				const answer = segmentOn(jurisdiction.cells[index]!, date);
				setCell(td, answer.value, String(answer.rank), answer.label, answer.title);
			});
		}
		caption.textContent = say('caption', { day: formatDate(date, locale) });
	};

	const fromForm = (): Omit<CompareState, 'problems'> => {
		const [dimension, value] = select('v').value.split(':');
		return {
			date: dateInput.value,
			selected: checks
				.filter((c) => c.checked)
				.map((c) => c.value)
				.slice(0, MAX_SELECTED),
			sort: select('sort').value,
			state: select('state').value,
			kind: select('kind').value,
			values: dimension && value ? { [dimension]: value } : {},
		};
	};
	const toForm = (state: CompareState) => {
		dateInput.value = state.date;
		for (const c of checks) c.checked = state.selected.includes(c.value);
		select('sort').value = state.sort;
		select('state').value = state.state;
		select('kind').value = state.kind;
		const [first] = Object.entries(state.values);
		select('v').value = first ? `${first[0]}:${first[1]}` : '';
		problemsBox.hidden = state.problems.length === 0;
		problemsBox.textContent = state.problems
			.map((problem) => say(`problem.${problem.key}`, { value: problem.value }))
			.join(' ');
	};

	const applyTable = (state: Omit<CompareState, 'problems'>) => {
		const cellOf = (row: HTMLTableRowElement, dimension: string) =>
			row.querySelector<HTMLElement>(`td[data-dimension="${dimension}"]`)!;
		let shown = 0;
		for (const row of rows) {
			const match =
				(!state.state || row.dataset['state'] === state.state) &&
				(!state.kind || row.dataset['kind'] === state.kind) &&
				Object.entries(state.values).every(([d, v]) => cellOf(row, d).dataset['value'] === v);
			row.hidden = !match;
			if (match) shown++;
		}
		const sorted = [...rows].sort((a, b) =>
			state.sort
				? Number(cellOf(a, state.sort).dataset['rank']) -
						Number(cellOf(b, state.sort).dataset['rank']) || rows.indexOf(a) - rows.indexOf(b)
				: rows.indexOf(a) - rows.indexOf(b)
		);
		body.append(...sorted);
		for (const th of table.tHead!.rows[0]!.cells) {
			const dimension = th.dataset['dimension'];
			if (dimension && dimension === state.sort) th.setAttribute('aria-sort', 'ascending');
			else th.removeAttribute('aria-sort');
		}
		status.textContent = `${say('status.shown', { shown, total: rows.length })}${state.date ? say('status.as-of', { day: formatDate(state.date, locale) }) : ''}${state.sort ? say('status.sorted', { column: select('sort').selectedOptions[0]!.textContent ?? '' }) : ''}.`;
	};

	const renderSideBySide = async (selected: string[]) => {
		sideBySide.replaceChildren();
		if (selected.length < 2) {
			if (selected.length === 1) sideBySide.append(el('p', say('side.pick-more'), 'meta'));
			return;
		}
		const { dimensions, jurisdictions, today } = await loadData(answersUrl);
		const chosen = selected.map((id) => jurisdictions.find((c) => c.id === id)!).filter(Boolean);
		const day = formatDate(today, locale);
		const cellOf = (c: (typeof chosen)[number], index: number) => segmentOn(c.cells[index]!, today);
		const wrapper = el('section', undefined, 'table-scroll');
		wrapper.tabIndex = 0;
		const sideCaption = say('side.caption', { names: chosen.map((c) => c.name).join(', '), day });
		wrapper.setAttribute('aria-label', sideCaption);
		const tableEl = el('table', undefined, 'side-by-side');
		tableEl.append(el('caption', sideCaption));
		const head = el('tr');
		head.append(Object.assign(el('th', say('side.dimension')), { scope: 'col' }));
		for (const c of chosen) {
			const th = Object.assign(el('th'), { scope: 'col' });
			const link = el('a', c.name);
			link.href = jurisdictionUrl(c.id, undefined, locale);
			th.append(link);
			head.append(th);
		}
		head.append(Object.assign(el('th', say('side.compare')), { scope: 'col' }));
		tableEl.append(Object.assign(el('thead'), {}), el('tbody'));
		tableEl.tHead!.append(head);
		dimensions.forEach((dimension, index) => {
			const tr = el('tr');
			tr.append(Object.assign(el('th', dimension.title), { scope: 'row' }));
			for (const c of chosen) {
				const cell = cellOf(c, index);
				const td = el('td');
				const badge = el('span', cell.label, 'value');
				badge.dataset['value'] = cell.value;
				const detail = el('p', cell.detail);
				// A detail not yet translated says so to screen readers (the answers file marks it).
				if (cell.detailLang) detail.lang = cell.detailLang;
				td.append(
					badge,
					detail,
					el('p', say('side.since', { since: cell.since, status: cell.status }), 'meta')
				);
				const sources = el('p', `${say('side.sources')} `, 'meta');
				cell.sources.forEach((s, i) => {
					if (i > 0) sources.append('; ');
					const a = el('a', s.label);
					a.href = s.href;
					sources.append(a);
				});
				td.append(sources);
				tr.append(td);
			}
			const same = new Set(chosen.map((c) => cellOf(c, index).value)).size === 1;
			tr.append(el('td', say(same ? 'side.same' : 'side.different')));
			tableEl.tBodies[0]!.append(tr);
		});
		wrapper.append(tableEl);
		sideBySide.append(wrapper);
	};

	const update = (mode: 'push' | 'replace') => {
		const state = fromForm();
		const query = formatCompareState(state);
		const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
		if (mode === 'push') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		problemsBox.hidden = true;
		void resolveAt(state.date).then(() => applyTable(state));
		void renderSideBySide(state.selected);
	};
	const fromUrl = () => {
		const state = parseCompareState(window.location.search, vocabulary);
		toForm(state);
		void resolveAt(state.date).then(() => applyTable(state));
		void renderSideBySide(state.selected);
	};

	form.hidden = false;
	form.addEventListener('change', (event) => {
		const target = event.target as HTMLInputElement;
		if (
			target.name === 'j' &&
			target.checked &&
			checks.filter((c) => c.checked).length > MAX_SELECTED
		) {
			target.checked = false;
			status.textContent = say('status.max', { n: MAX_SELECTED });
			return;
		}
		update('replace');
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update('push');
	});
	window.addEventListener('popstate', fromUrl);
	fromUrl();
}
