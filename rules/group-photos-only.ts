/**
 * group-photos-only (St Catherine of Siena): "only post photos of working and
 * learning in groups". Fires on an attached image in which exactly one
 * person's face is visible: a photo of a single child. Pictures with no
 * visible face (work, displays) and group photos pass.
 *
 * Off in the built-in profile; a school with this policy turns it on. An
 * image whose faces could not be checked is reported (fail safe).
 */
import type { Rule } from './types';
import { FACES_NOT_CHECKED } from './faces/wording';

export const groupPhotosOnly: Rule = {
  id: 'group-photos-only',
  meta: {
    description: 'An attached image shows exactly one person',
    defaultSeverity: 'off',
    policySource: ['st-catherine-of-siena'],
    messages: {
      default:
        'Only photos of working and learning in groups are posted (school policy). This picture shows one person on their own.',
      unchecked:
        'Only photos of working and learning in groups are posted (school policy). SafePost has not been able to check how many people this picture shows.',
    },
    hints: {
      default: 'Choose a photo of the group at work, or one that shows the work rather than the child.',
      unchecked: 'Check the picture shows a group at work, not one child on their own.',
    },
  },
  scope: 'image',
  check(image) {
    // Absent faces: the check did not run, which is never reported as "no faces".
    const found = image.faces;
    if (!found) return [{ ...FACES_NOT_CHECKED }];
    if (found.length !== 1) return [];
    return [{ match: '1 face', faces: found }];
  },
};
