import { describe, expect, test } from 'vitest';
import { joinPassTexts } from '../../components/ocr/passes';
import { OCR_PASSES } from '../../components/ocr/config';

describe('joinPassTexts', () => {
  test.each([
    [['Sports Day\n'], 'Sports Day'],
    [['Sports Day', 'Wednesday 8 July'], 'Sports Day\n\nWednesday 8 July'],
    [['Sports  Day\n', 'Sports Day'], 'Sports  Day'], // same words, other spacing: kept once
    [['', '  \n', 'Getty Images'], 'Getty Images'],
    [[], ''],
  ])('%j → %j', (texts, expected) => {
    expect(joinPassTexts(texts)).toBe(expected);
  });
});

test('every configured pass uses a page segmentation mode tesseract knows and at most two run', () => {
  expect(OCR_PASSES.length).toBeGreaterThan(0);
  expect(OCR_PASSES.length).toBeLessThanOrEqual(2);
  for (const pass of OCR_PASSES) expect(['3', '6', '11']).toContain(pass.psm);
});
