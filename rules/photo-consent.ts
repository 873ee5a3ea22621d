/**
 * photo-consent (all five policies): photos only of children whose parents
 * have given consent. Whenever an image is attached the teacher must confirm
 * everyone pictured has consent; to make that a real check, the finding names
 * the pupils WITHOUT photo consent in the groups the draft mentions (text or
 * image: "Oak Class", "Year 4", "Y4") and any named pupil without consent.
 * Those are roster names the teacher never typed, so the page-safe form the
 * panel on x.com shows gives only their number; the panel's "See who" opens
 * an extension page listing them (`listed`: roster positions).
 */
import { ALL_POLICIES } from './policies';
import type { CompiledProfile, RawFinding, Rule } from './types';
import { pupilLabel, shortList } from './names/pupil-refs';
import { faceCount } from './faces/wording';

/**
 * Roster positions of the pupils without photo consent, by group: built once
 * per compiled profile (on the first draft with an image), so a check does not
 * walk the whole roster.
 */
const withoutConsentByGroup = new WeakMap<CompiledProfile, Map<string, number[]>>();
function withoutConsentIn(profile: CompiledProfile): Map<string, number[]> {
  let index = withoutConsentByGroup.get(profile);
  if (!index) {
    index = new Map();
    profile.pupils.forEach((p, i) => {
      if (p.photoConsent) return;
      const list = index!.get(p.group);
      if (list) list.push(i);
      else index!.set(p.group, [i]);
    });
    withoutConsentByGroup.set(profile, index);
  }
  return index;
}

/**
 * What the teacher ticks. It covers faces only, and says so: a teacher who
 * truthfully ticks it for the children's faces must not read it as clearing
 * a child's name written on their work (name-with-photo asks or blocks that).
 */
export const PHOTO_CONSENT_ATTESTATION = 'Every face pictured has photo consent (faces only: a name in the picture still needs removing)';

export const photoConsent: Rule = {
  id: 'photo-consent',
  meta: {
    description: 'An image is attached: everyone pictured must have photo consent',
    defaultSeverity: 'confirm',
    policySource: [...ALL_POLICIES],
    messages: {
      default:
        '{seen}Photos are only posted of children whose parents have given consent (school policy). This post mentions no class or year group, so SafePost cannot tell who is pictured.',
      listed:
        '{seen}Photos are only posted of children whose parents have given consent (school policy). No photo consent in {groups}: {names}.',
      allConsented:
        '{seen}Photos are only posted of children whose parents have given consent (school policy). Everyone on the roster in {groups} has photo consent.',
    },
    pageMessages: {
      // The count first: the panel's card shows a message's first sentence.
      listed: 'No photo consent in {groups}: {count}. {seen}Photos are only posted of children whose parents have given consent (school policy).',
    },
    pageHints: {
      listed: 'Make sure none of these pupils appear in the picture (or are fully out of shot): "See who" lists them.',
    },
    hints: {
      default: 'Check that every child in the picture has photo consent before posting.',
      listed: 'Make sure none of these children appear in the picture (or are fully out of shot).',
      allConsented: 'Check that nobody from another class is in the picture.',
    },
    attestation: PHOTO_CONSENT_ATTESTATION,
  },
  scope: 'draft',
  check(ctx) {
    if (!ctx.hasImages) return [];
    const { roster, pupils } = ctx.profile;
    const groups = new Set<string>();
    const named = new Set<number>();
    for (const segment of ctx.segments) {
      for (const g of roster.findGroups(segment.text)) groups.add(g.group);
      for (const m of ctx.pupilMentions(segment)) named.add(m.pupil);
    }
    // Roster positions of the pupils without consent: the named ones first, then each group's in roster order.
    const without: number[] = [];
    const seen = new Set<number>();
    const consider = (i: number) => {
      const p = pupils[i];
      if (p && !p.photoConsent && !seen.has(i)) {
        seen.add(i);
        without.push(i);
      }
    };
    for (const index of named) consider(index);
    if (groups.size) {
      const index = withoutConsentIn(ctx.profile);
      const positions: number[] = [];
      for (const g of groups) for (const i of index.get(g) ?? []) positions.push(i);
      positions.sort((a, b) => a - b);
      for (const i of positions) consider(i);
    }
    const images = ctx.draft.images?.length ?? 0;
    const match = images === 1 ? '1 image attached' : `${images} images attached`;
    const groupList = shortList([...groups], 3);
    const count = without.length === 1 ? '1 pupil' : `${without.length} pupils`;
    const finding: RawFinding = { match, data: { seen: facesSeen(ctx.draft.images ?? []), groups: groupList || 'the pupils named', names: shortList(without.map((i) => pupilLabel(pupils[i]!))), count } };
    if (without.length) {
      finding.messageId = 'listed';
      finding.listed = { groups: [...groups], pupils: without };
    } else if (groups.size) finding.messageId = 'allConsented';
    return [finding];
  },
};

/**
 * "3 faces visible. ": how many people the device's face check can see, so
 * the teacher's confirmation is about real people in the picture. Empty when
 * no image was checked for faces.
 */
function facesSeen(images: readonly { faces?: readonly unknown[] }[]): string {
  const checked = images.filter((image) => image.faces);
  if (!checked.length) return '';
  const total = checked.reduce((n, image) => n + image.faces!.length, 0);
  const unchecked = checked.length < images.length ? ' in the images checked' : '';
  return total === 0 ? `No faces visible${unchecked}. ` : `${faceCount(total)} visible${unchecked}. `;
}
