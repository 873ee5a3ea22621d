/**
 * uncovered-face (Western): "Faces of all children will be covered using
 * such apps as PicCollage." Fires on an attached image in which the device's
 * face detector (components/faces/) found a human face that is not covered.
 * Covered faces (stickers, emoji, solid shapes), drawings and animals never
 * reach this rule: the detector does not report them.
 *
 * Off in the built-in profile; a school that covers faces turns it on. An
 * image whose faces could not be checked is reported too (fail safe): the
 * teacher must not be told "no faces" when nobody looked.
 */
import type { Rule } from './types';
import { FACES_NOT_CHECKED, faceCount } from './faces/wording';

export const uncoveredFace: Rule = {
  id: 'uncovered-face',
  meta: {
    description: 'An attached image shows a face that is not covered',
    defaultSeverity: 'off',
    policySource: ['western-primary'],
    messages: {
      default:
        'Faces of all children will be covered (school policy). SafePost can see {faces} in this picture that {verb} not covered.',
      unchecked: 'Faces of all children will be covered (school policy). SafePost has not been able to check this picture for faces.',
    },
    hints: {
      default: 'Use "Cover faces" to put a sticker over every face, or cover them in a photo app before attaching the picture.',
      unchecked: 'Cover every face in a photo app before attaching the picture, or remove it.',
    },
  },
  scope: 'image',
  check(image) {
    // Absent faces: the check did not run, which is never reported as "no faces".
    const found = image.faces;
    if (!found) return [{ ...FACES_NOT_CHECKED }];
    if (found.length === 0) return [];
    const faces = faceCount(found.length);
    return [{ match: faces, faces: found, data: { faces, verb: found.length === 1 ? 'is' : 'are' } }];
  },
};
