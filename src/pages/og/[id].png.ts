import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { byId } from '../../lib/by-id';
import { cachedBytes } from '../../lib/build-cache';
import { loadDataset } from '../../lib/dataset';
import { SITE_NAME } from '../../lib/site';
import {
	DEFAULT_SOCIAL_IMAGE,
	defaultCard,
	jurisdictionCard,
	socialImageSvg,
} from '../../lib/social-image';
import { buildDay } from '../../lib/today';

export const getStaticPaths = (async () => {
	const { jurisdictions } = await loadDataset();
	if (jurisdictions.some((j) => j.id === DEFAULT_SOCIAL_IMAGE))
		throw new Error(
			`A jurisdiction may not be named "${DEFAULT_SOCIAL_IMAGE}": /og/${DEFAULT_SOCIAL_IMAGE}.png is the site's image`
		);
	return [DEFAULT_SOCIAL_IMAGE, ...jurisdictions.map((j) => j.id)].map((id) => ({
		params: { id },
	}));
}) satisfies GetStaticPaths;

/** A link-preview PNG per jurisdiction and one for the site, drawn from the dataset at build time. */
export const GET: APIRoute = async ({ params }) => {
	const { jurisdictions, dimensions } = await loadDataset();
	const today = buildDay();
	const entry = byId(jurisdictions).get(params.id!);
	const card = entry
		? jurisdictionCard(entry.data, dimensions, today, SITE_NAME)
		: defaultCard(
				{ jurisdictions: jurisdictions.length, dimensions: dimensions.length },
				today,
				SITE_NAME
			);
	// Palette PNG: the card is flat colour and text, so 8-bit colour keeps it small and sharp; the
	// quickest quantiser halves the images' build time for about 5% more bytes.
	const svg = socialImageSvg(card);
	const options = { palette: true, compressionLevel: 9, effort: 1 } as const;
	// Drawn once per distinct card: the key covers the SVG, the encoder settings and sharp's version.
	const png = await cachedBytes('og', [svg, JSON.stringify(options), sharp.versions.sharp], () =>
		sharp(Buffer.from(svg)).png(options).toBuffer()
	);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
