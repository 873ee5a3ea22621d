/**
 * copyright (Irthlingborough, Western, St Catherine of Siena): "Images or
 * text that infringe upon copyright" are inappropriate. An attached picture
 * with a stock-photo watermark (Shutterstock, Getty Images, Alamy, iStock,
 * Adobe Stock, Dreamstime, 123RF…) or a copyright notice (©, "(c) 2024",
 * "all rights reserved") was almost certainly not the school's to post.
 *
 * Reads image OCR text only. Watermarks are faint, tiled and rotated, so OCR
 * gets letters wrong: long brand names match with one wrong letter; short
 * ones ("alamy", "getty") must be exact, because "petty" and "jetty" are
 * words.
 */
import type { RawFinding, Rule } from './types';
import { tokenize, withinEditDistance } from './text';
import { findAll, normalized, type TextRange } from './text/patterns';

/** Watermark words as OCR tokens (joined, lower case) → the name to show. */
const BRANDS: ReadonlyArray<[token: string, name: string]> = [
  ['shutterstock', 'Shutterstock'],
  ['gettyimages', 'Getty Images'],
  ['getty', 'Getty Images'],
  ['istockphoto', 'iStock'],
  ['istock', 'iStock'],
  ['alamy', 'Alamy'],
  ['adobestock', 'Adobe Stock'],
  ['dreamstime', 'Dreamstime'],
  ['123rf', '123RF'],
  ['depositphotos', 'Depositphotos'],
  ['bigstock', 'Bigstock'],
  ['bigstockphoto', 'Bigstock'],
  ['fotolia', 'Fotolia'],
  ['canstockphoto', 'Can Stock Photo'],
  ['stockphoto', 'a stock-photo library'],
  ['pond5', 'Pond5'],
  ['alamystock', 'Alamy'],
  ['copyright', 'a copyright notice'],
];

/** Only names this long tolerate one OCR error. */
const FUZZY_MIN_LENGTH = 8;

/** ©, "(c) 2024", "(C) Jane Smith", "all rights reserved", "stock.adobe.com". */
const NOTICE_RE = /©(?=\s?[\p{L}\p{N}])|all\s+rights\s+reserved|stock\.adobe\.com/giu;
/**
 * "IMAGE ID: 1987342265", "Image ID: 2PX8M1C": the footer stock libraries print
 * on preview images; often all OCR can read of a faint tiled watermark.
 */
const STOCK_FOOTER_RE = /(?<![\p{L}])image\s+id\s*[:#]?\s*[A-Z0-9]{5,12}(?![\p{L}\p{N}])/giu;
/** "(c)" counts only before a year or a name, and not as option (c) of a quiz with an (a)/(b) before it. */
const PAREN_C_RE = /\(\s?[cC]\s?\)(?=\s*(?:(?:19|20)\d\d|\p{Lu}\p{Ll}+))/gu;
const QUIZ_OPTIONS_RE = /(?:^|\s|\()b\)/i;

function brandOf(candidate: string): string | undefined {
  for (const [token, name] of BRANDS) {
    if (candidate === token) return name;
    if (token.length >= FUZZY_MIN_LENGTH && withinEditDistance(candidate, token, 1)) {
      return name;
    }
  }
  return undefined;
}

interface Hit extends TextRange {
  name: string;
}

function findBrands(text: string): Hit[] {
  const { tokens } = tokenize(text);
  const out: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const one = tokens[i]!;
    // Two tokens joined: "Getty Images", "Adobe Stock", "shutter stock" (OCR splits words).
    const two = tokens[i + 1];
    if (two && /^\s*$/.test(two.before)) {
      const joined = one.lower + two.lower;
      const name = brandOf(joined);
      if (name) {
        out.push({ start: one.origStart, end: two.origEnd, match: text.slice(one.origStart, two.origEnd), name });
        i++;
        continue;
      }
    }
    const name = brandOf(one.lower);
    if (name) out.push({ start: one.origStart, end: one.origEnd, match: text.slice(one.origStart, one.origEnd), name });
  }
  return out;
}

export const copyright: Rule = {
  id: 'copyright',
  meta: {
    description: 'Stock-photo watermarks or copyright notices (Shutterstock, Getty Images, Alamy, ©) in an attached image',
    defaultSeverity: 'warn',
    policySource: ['irthlingborough-junior', 'western-primary', 'st-catherine-of-siena'],
    messages: {
      default: 'The attached image carries a watermark from {name} ("{match}"). Images that infringe upon copyright are inappropriate.',
      notice: 'The attached image carries a copyright notice ("{match}"). Images that infringe upon copyright are inappropriate.',
    },
    hints: {
      default: "Use a photo taken on a school device, or an image the school has the rights to, instead of {name}'s.",
      notice: 'Use a photo taken on a school device, or check the school has permission to share this image.',
    },
  },
  scope: 'segment',
  sources: ['image'],
  check(segment) {
    const text = segment.text;
    if (!text) return [];
    const hits: Array<Hit & { messageId?: string; footer?: boolean }> = [
      ...findBrands(text).map((h) => (h.name === 'a copyright notice' ? { ...h, messageId: 'notice' } : h)),
      ...findAll(normalized(text), NOTICE_RE).map((r) => ({ ...r, name: 'a copyright notice', messageId: 'notice' })),
      ...findAll(normalized(text), STOCK_FOOTER_RE).map((r) => ({ ...r, name: 'a stock-photo library', footer: true })),
      ...findAll(normalized(text), PAREN_C_RE)
        .filter((r) => !QUIZ_OPTIONS_RE.test(text.slice(0, r.start)))
        .map((r) => ({ ...r, name: 'a copyright notice', messageId: 'notice' })),
    ];
    // The footer is only evidence when the library's name itself was not readable.
    const named = hits.some((h) => !h.messageId && !h.footer);
    const kept: typeof hits = [];
    for (const h of hits.sort((a, b) => a.start - b.start)) {
      if (named && h.footer) continue;
      // One warning per watermark: a tiled watermark repeats its name many times.
      if (kept.some((k) => (h.start < k.end && k.start < h.end) || k.name === h.name)) continue;
      kept.push(h);
    }
    return kept.map((h): RawFinding => ({
      match: h.match,
      start: h.start,
      end: h.end,
      ...(h.messageId ? { messageId: h.messageId } : {}),
      data: { match: h.match, name: h.name },
    }));
  },
};
