import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AssessmentSchema } from './schemas/assessment';
import { DimensionSchema } from './schemas/dimension';
import { EventSchema } from './schemas/event';
import { GlossaryTermSchema } from './schemas/glossary';
import { JurisdictionSchema } from './schemas/jurisdiction';
import { SourceSchema } from './schemas/source';

/**
 * Where the dataset lives. Tests point this at a deliberately broken copy to prove that the build
 * fails with a message naming the file and the field.
 */
const CONTENT_DIR = process.env.ATLAS_CONTENT_DIR ?? './content';

/** Files whose names start with `_` are drafts or notes and are never loaded. */
const mdx = (folder: string) => glob({ pattern: '**/[^_]*.mdx', base: `${CONTENT_DIR}/${folder}` });
const yaml = (folder: string) =>
	glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${CONTENT_DIR}/${folder}` });

export const collections = {
	jurisdictions: defineCollection({ loader: mdx('jurisdictions'), schema: JurisdictionSchema }),
	dimensions: defineCollection({ loader: mdx('dimensions'), schema: DimensionSchema }),
	glossary: defineCollection({ loader: mdx('glossary'), schema: GlossaryTermSchema }),
	sources: defineCollection({ loader: yaml('sources'), schema: SourceSchema }),
	events: defineCollection({ loader: yaml('events'), schema: EventSchema }),
	assessments: defineCollection({ loader: yaml('assessments'), schema: AssessmentSchema }),
};
