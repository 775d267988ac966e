// Generates a search index shaped like the real one for N synthetic jurisdictions, for the
// benchmark's scale test. Deterministic (seeded), so runs compare.

const SYLLABLES = [
	'ar',
	'bel',
	'cor',
	'dan',
	'el',
	'fra',
	'gor',
	'hal',
	'is',
	'jun',
	'kal',
	'lor',
	'mon',
	'nor',
	'os',
	'pel',
	'quin',
	'ros',
	'san',
	'tor',
	'ul',
	'ven',
	'wes',
	'yor',
	'zan',
];
const WORDS = [
	'detainer',
	'warrant',
	'judicial',
	'county',
	'sheriff',
	'ordinance',
	'police',
	'release',
	'notification',
	'immigration',
	'federal',
	'custody',
	'agreement',
	'council',
	'executive',
	'order',
	'court',
	'ruling',
	'section',
	'statute',
	'jail',
	'access',
	'interview',
	'contract',
	'status',
	'information',
	'resources',
	'enforcement',
	'criminal',
	'conviction',
	'felony',
	'request',
	'policy',
	'mayor',
	'state',
	'law',
];
const DIMENSIONS = [
	'Detainers',
	'Release notice',
	'Jail access',
	'287(g)',
	'Detention contracts',
	'Status questions',
	'Information sharing',
	'Local resources',
	'State law',
];

function rng(seed) {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Returns `count` jurisdictions' worth of records (1 + 9 policies + 5 sections + 1 person each). */
export function syntheticIndex(count, seed = 42) {
	const random = rng(seed);
	const pick = (list) => list[Math.floor(random() * list.length)];
	const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
	const records = [];
	for (let i = 0; i < count; i++) {
		const name =
			`${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`.replace(/^./, (c) =>
				c.toUpperCase()
			) + ` ${i}`;
		const page = `/jurisdictions/synthetic-${i}/`;
		records.push({
			y: 'jurisdiction',
			n: name,
			u: page,
			k: `SYN${i} · State ${i % 50}`,
			x: `${sentence(28)}.`,
		});
		for (const d of DIMENSIONS) {
			records.push({
				y: 'policy',
				n: `${name}: ${d}`,
				u: `${page}#policy-${d}`,
				k: `§ ${i}-${Math.floor(random() * 999)}`,
				x: `${sentence(24)}.`,
				c: pick(WORDS),
			});
		}
		for (let s = 0; s < 5; s++) {
			records.push({
				y: 'section',
				n: `${name}: Section ${s}`,
				u: `${page}#section-${s}`,
				k: '',
				x: `${sentence(30)}.`,
			});
		}
		records.push({
			y: 'person',
			n: `${pick(SYLLABLES)}${pick(SYLLABLES)} ${pick(SYLLABLES)}son`,
			u: page,
			k: '',
			x: 'Mayor',
			c: name,
		});
	}
	return records;
}
