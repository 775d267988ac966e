// Adds an empty Spanish pair for every English text that has none: `npm run spanish:pairs`.
// Translators then fill each `es` in content/i18n/es/; the build names any left empty.
import { loadModules } from './load-modules.mjs';

const [{ addSpanishPairs }] = await loadModules(['/src/lib/i18n/spanish-pairs.ts']);
const written = addSpanishPairs(process.env.ATLAS_CONTENT_DIR ?? 'content');
console.log(
	written.length ? written.join('\n') : 'Every English text already has its Spanish pair.'
);
