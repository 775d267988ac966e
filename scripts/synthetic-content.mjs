// Writes a copy of content/ with N synthetic jurisdictions added, for the benchmark's scale run.
// Each synthetic page is a copy of a real county or city page (same frontmatter shape, same body,
// same citations) with a new id, name and place; seeded, so runs compare. Never writes into content/.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const SYLLABLES = ['ar', 'bel', 'cor', 'dan', 'el', 'fra', 'gor', 'hal', 'is', 'jun', 'kal', 'lor'];
const ENDINGS = ['mon', 'nor', 'os', 'pel', 'quin', 'ros', 'san', 'tor', 'ul', 'ven', 'wes', 'yor'];

/** Letters naming copy `i` (0 → `a`, 26 → `ba`): no digits, so no date check reads a year in them. */
const letters = (i) =>
	i.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));

/**
 * Makes every prose string of a copy its own: any text with a space and 40 characters or more (prose,
 * and some longer names and pinpoints) gets the copy's letters at its end; ids, dates, values and
 * web addresses have no spaces or are short, and stay as they are. Without this, copies would share their texts in Astro's data store
 * (devalue stores a repeated string once), and the scale run would hold far less text than as many
 * real pages do.
 */
function ownProse(value, tag) {
	if (typeof value === 'string')
		return value.length >= 40 && value.includes(' ') ? `${value} [${tag}]` : value;
	if (Array.isArray(value)) return value.map((item) => ownProse(item, tag));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ownProse(v, tag)]));
	return value;
}

function rng(seed) {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Copies `from` (a content folder) to `to` and adds `count` synthetic jurisdictions.
 * @returns the number of jurisdiction files written in `to`.
 */
export function writeSyntheticContent(from, to, count, seed = 42) {
	cpSync(from, to, { recursive: true });
	const dir = join(to, 'jurisdictions');
	const templates = readdirSync(dir)
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const [, front, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
			return { id: f.replace(/\.mdx$/, ''), data: parse(front), body };
		})
		.filter((t) => t.data.kind !== 'state');
	// The date checks' reasoned exceptions name a jurisdiction; a copy of a page needs copies of them.
	const allowFile = join(to, 'checks', 'allow.yaml');
	const allowances = existsSync(allowFile) ? (parse(readFileSync(allowFile, 'utf8')) ?? {}) : {};
	const allowancesOf = (id) => Object.entries(allowances).filter(([, a]) => a.jurisdiction === id);
	// Lists whose members are recorded name real places only: a copy is not on them, so it drops
	// the template's classification on such a list (the build checks members and pages agree).
	const assessmentDir = join(to, 'assessments');
	const listsWithMembers = new Set(
		readdirSync(assessmentDir)
			.filter((f) => f.endsWith('.yaml'))
			.flatMap((f) => {
				const { lists = [] } = parse(readFileSync(join(assessmentDir, f), 'utf8')) ?? {};
				const id = f.replace(/\.yaml$/, '');
				return lists.filter((l) => l.members).map((l) => `${id}/${l.id}`);
			})
	);
	const onMemberList = (c) =>
		[c.listing ?? []].flat().some((l) => listsWithMembers.has(`${c.assessment}/${l}`));
	const random = rng(seed);
	const pick = (list) => list[Math.floor(random() * list.length)];
	for (let i = 0; i < count; i++) {
		const template = templates[i % templates.length];
		const id = `syn-${i}`;
		const place = `${pick(SYLLABLES)}${pick(ENDINGS)}`.replace(/^./, (c) => c.toUpperCase());
		const kindWord = template.data.kind === 'county' ? 'County' : 'City';
		const tag = letters(i);
		const own = ownProse(template.data, tag);
		const data = {
			...own,
			name: `${place} ${kindWord} ${i}`,
			aliases: [],
			classifications: (own.classifications ?? []).filter((c) => !onMemberList(c)),
			location: {
				lat: Math.round((30 + random() * 18) * 1e4) / 1e4,
				lon: Math.round((-120 + random() * 45) * 1e4) / 1e4,
			},
		};
		delete data.shortName;
		if (data.jail?.jurisdiction === template.id) data.jail = { ...data.jail, jurisdiction: id };
		// The body ends with the copy's letters, so its text and rendering are its own too.
		writeFileSync(
			join(dir, `${id}.mdx`),
			`---\n${stringify(data)}---\n${template.body.trimEnd()}\n\n${tag}\n`
		);
		// A copy has the same texts as its template, so it takes the template's Spanish too (the build
		// fails on a page with no Spanish at all), less the texts of the classifications it dropped,
		// which would otherwise be reported as thousands of stale translations.
		const spanish = join(to, 'i18n', 'es', 'jurisdictions', `${template.id}.yaml`);
		if (existsSync(spanish)) {
			const pairs = ownProse(parse(readFileSync(spanish, 'utf8')), tag);
			const english = JSON.stringify(data);
			if (pairs.texts)
				pairs.texts = pairs.texts.filter((t) =>
					english.includes(JSON.stringify(t.en).slice(1, -1))
				);
			writeFileSync(join(to, 'i18n', 'es', 'jurisdictions', `${id}.yaml`), stringify(pairs));
		}
		for (const [key, allowance] of allowancesOf(template.id))
			allowances[`${id}-${key}`] = { ...allowance, jurisdiction: id };
	}
	if (count > 0) writeFileSync(allowFile, stringify(allowances));
	return readdirSync(dir).filter((f) => f.endsWith('.mdx')).length;
}
