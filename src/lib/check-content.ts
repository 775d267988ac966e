import type { Dataset } from './dataset-types';
import { parseContentText, readContent } from './read-content';
import type { ContentProblem } from './content-problem';
import { validateDataset } from './validate-dataset';
import { checkTranslations } from './i18n/check-translations';
import { readTranslations, SPANISH_DIR } from './i18n/read-translations';
import { staleSummaries } from './i18n/summary';
import { stalePolicyTexts } from './i18n/policy-texts';
import { staleContentTexts } from './i18n/content-texts';
import { join, relative } from 'node:path';

/** The one verdict on a content folder, given by the build and by the tests alike. */
export interface ContentVerdict {
	dataset: Dataset;
	problems: ContentProblem[];
	/** Reported but not fatal: translations behind the English (see `staleSummaries`, `stalePolicyTexts`). */
	warnings: ContentProblem[];
}

/**
 * Reads and validates a content folder: every file's own problems, then the cross-file rules, with
 * references to unreadable files left out so one broken file gives one message, then the Spanish
 * edition's missing translations.
 * @param today The build day, `YYYY-MM-DD`.
 * @param parse Parses one file's text (see `readContent`).
 */
export function checkContent(
	contentDir: string,
	today: string,
	projectRoot = process.cwd(),
	parse: typeof parseContentText = parseContentText
): ContentVerdict {
	const { dataset, problems, unreadable } = readContent(contentDir, projectRoot, parse);
	const all = [...problems, ...validateDataset(dataset, today, unreadable)];
	// The Spanish edition, when the content has one: its own files, then what it lacks.
	const spanish = readTranslations(contentDir, projectRoot);
	const warnings = spanish
		? [
				...staleSummaries(spanish.translations.jurisdictions, dataset.jurisdictions),
				...stalePolicyTexts(spanish.translations.jurisdictions, dataset.jurisdictions),
				...staleContentTexts(spanish.translations, dataset),
			]
		: [];
	if (spanish) {
		const dir = relative(projectRoot, join(contentDir, SPANISH_DIR));
		// A broken English file is reported once: its translation is not also called an orphan.
		const ofUnreadable = (file: string) =>
			[...unreadable].some((key) => file.endsWith(join(SPANISH_DIR, `${key}.yaml`)));
		all.push(
			...spanish.problems,
			...checkTranslations(spanish.translations, dataset, dir).filter((p) => !ofUnreadable(p.file))
		);
	}
	// One file's problems together, files in a stable order (sort is stable within a file).
	all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	return { dataset, problems: all, warnings };
}
