/**
 * name-with-photo (Western): "no names will be used alongside any pictures of
 * pupils." Any pupil name (full or first, used as a name) in the text or in an
 * attached image's OCR text while an image is attached.
 */
import type { RawFinding, Rule } from './types';
import { spansOf } from './names/pupil-refs';
import { pupilNameFixes } from './fixes/pupil-name';

export const nameWithPhoto: Rule = {
  id: 'name-with-photo',
  meta: {
    description: "A pupil's name while an image is attached",
    defaultSeverity: 'block',
    policySource: ['western-primary'],
    messages: {
      default:
        "No names are used alongside pictures of pupils (school policy). '{name}' is a pupil's name and this post has an image attached.",
      image:
        "No names are used alongside pictures of pupils (school policy). The attached image shows the name '{name}' of a pupil on your roster.",
    },
    hints: {
      default: "Remove the name from the post, or post the picture without any names.",
      image: 'Crop or cover the name in the image, or post it without the picture.',
    },
  },
  scope: 'segment',
  check(segment, ctx) {
    if (!ctx.hasImages) return [];
    const out: RawFinding[] = [];
    for (const span of spansOf(ctx.pupilMentions(segment))) {
      out.push({
        match: span.match,
        start: span.start,
        end: span.end,
        suggest: () => pupilNameFixes(segment, ctx, span),
        messageId: segment.source === 'image' ? 'image' : 'default',
        data: { name: span.match },
      });
    }
    return out;
  },
};
