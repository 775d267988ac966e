import type { Allowance } from '../schemas/allowance';
import type { Assessment } from '../schemas/assessment';
import type { Dimension } from '../schemas/dimension';
import type { TimelineEvent } from '../schemas/event';
import type { GlossaryTerm } from '../schemas/glossary';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { PlaceNamesEs } from '../schemas/place-names-es';
import type { Source } from '../schemas/source';

/** The shape shared by Astro collection entries and the test loader's entries. */
export interface DataEntry<T> {
	id: string;
	data: T;
	/** Path of the file the entry came from, relative to the project root. */
	filePath?: string;
	body?: string | undefined;
	/** The body rendered to HTML at content sync (Markdown pages only; see src/content.config.ts). */
	rendered?: { html: string } | undefined;
}

/** Every collection of the atlas, as plain arrays: the input of all derivations in src/lib. */
export interface Dataset {
	jurisdictions: DataEntry<Jurisdiction>[];
	dimensions: DataEntry<Dimension>[];
	sources: DataEntry<Source>[];
	events: DataEntry<TimelineEvent>[];
	assessments: DataEntry<Assessment>[];
	glossary: DataEntry<GlossaryTerm>[];
	/** Reasoned exceptions to the date checks (content/checks/allow.yaml); absent means none. */
	allowances?: DataEntry<Allowance>[];
	/** Spanish names of pages and states (content/place-names-es.yaml); absent means none. */
	placeNamesEs?: DataEntry<PlaceNamesEs>;
}
