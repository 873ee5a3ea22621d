/**
 * "See who": the panel on x.com says how many pupils without photo consent
 * the post's groups hold, never their names (X's page scripts can read the
 * panel). Its button asks the background to open the options page, an
 * extension page x.com cannot read, on a view listing them. The request and
 * the page's address carry roster positions and group names, no pupil names.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { ListedPupils } from '../../rules/types';

export const SEE_WHO = 'safepost:see-who';
/** The options page's hash for the view: "#see-who?groups=Year%205&pupils=3,7". */
export const SEE_WHO_SECTION = 'see-who';

const MAX_LISTED = 5000;

export const SeeWhoRequestSchema = z
  .object({
    type: z.literal(SEE_WHO),
    groups: z.array(z.string().max(200)).max(100),
    pupils: z.array(z.number().int().nonnegative()).max(MAX_LISTED),
  })
  .strict();
export type SeeWhoRequest = z.infer<typeof SeeWhoRequestSchema>;

export function seeWhoRequest(listed: ListedPupils): SeeWhoRequest {
  return { type: SEE_WHO, groups: [...listed.groups], pupils: [...listed.pupils] };
}

/** Sent by the content script; resolves false when the page could not be opened or the background not asked (extension reloaded). */
export async function requestSeeWho(listed: ListedPupils): Promise<boolean> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(seeWhoRequest(listed));
    return (answer as { ok?: unknown } | undefined)?.ok === true;
  } catch {
    return false;
  }
}

export function seeWhoHash(listed: ListedPupils): string {
  const query = new URLSearchParams();
  for (const g of listed.groups) query.append('group', g);
  query.set('pupils', listed.pupils.join(','));
  return `#${SEE_WHO_SECTION}?${query.toString()}`;
}

/** Reads the options page's hash back; undefined when it is not a "See who" address. */
export function parseSeeWhoHash(hash: string): ListedPupils | undefined {
  const bare = hash.replace(/^#/, '');
  if (bare !== SEE_WHO_SECTION && !bare.startsWith(`${SEE_WHO_SECTION}?`)) return undefined;
  const query = new URLSearchParams(bare.slice(SEE_WHO_SECTION.length + 1));
  const pupils = (query.get('pupils') ?? '')
    .split(',')
    .filter((s) => /^\d+$/.test(s))
    .map(Number)
    .slice(0, MAX_LISTED);
  return { groups: query.getAll('group'), pupils };
}
