import { describe, expect, test } from 'vitest';
import { assembleLines, assembleText, mergeLine } from '../../../../../components/ocr/ppocr/merge';

describe('mergeLine', () => {
  test('same characters: tesseract’s word spaces win', () => {
    expect(mergeLine({ pp: 'Friday13 March,2pm', ppConfidence: 0.97, tesseract: 'Friday 13 March, 2pm', tesseractConfidence: 95 })).toEqual({
      primary: 'Friday 13 March, 2pm',
    });
  });

  test('tesseract adds a word PP-OCR misread: both readings are kept', () => {
    expect(mergeLine({ pp: 'Percivai Ashdown', ppConfidence: 0.8, tesseract: 'Percival Ashdown', tesseractConfidence: 90 })).toEqual({
      primary: 'Percivai Ashdown',
      extra: 'Percival Ashdown',
    });
  });

  test('tesseract adds nothing new: only PP-OCR’s reading', () => {
    expect(mergeLine({ pp: 'Door code 4829', ppConfidence: 0.95, tesseract: 'Door code', tesseractConfidence: 90 })).toEqual({ primary: 'Door code 4829' });
  });

  test('low-confidence readings and lone characters are dropped: texture reads as nothing', () => {
    expect(mergeLine({ pp: 'lIl', ppConfidence: 0.3, tesseract: 'Ill', tesseractConfidence: 40 })).toEqual({});
    expect(mergeLine({ pp: 'a', ppConfidence: 0.99 })).toEqual({});
  });

  test('one engine alone is enough when confident', () => {
    expect(mergeLine({ pp: '', ppConfidence: 0, tesseract: 'Room 4', tesseractConfidence: 88 })).toEqual({ primary: 'Room 4' });
    expect(mergeLine({ pp: 'Room 4', ppConfidence: 0.9 })).toEqual({ primary: 'Room 4' });
  });
});

describe('assembleText', () => {
  const line = (primary: string, cx: number, cy: number, width = 100, extra?: string) => ({ primary, extra, cx, cy, width, height: 30, angle: 0 });

  test('reading order: rows top to bottom, boxes of one row left to right and joined', () => {
    expect(assembleText([line('Ashdown', 300, 100), line('Star Reader', 200, 20, 200), line('Percival', 170, 102)])).toBe('Star Reader\nPercival Ashdown');
  });

  test('far-apart boxes on one row stay separate lines; extras follow their row', () => {
    expect(assembleText([line('Left', 50, 50), line('Right', 900, 50), line('Name', 50, 120, 100, 'Nam3')])).toBe('Left\nRight\nName\nNam3');
  });

  test('rows follow the text’s slope', () => {
    const angle = 0.2;
    const at = (u: number, v: number, text: string) => ({
      primary: text, cx: u * Math.cos(angle) - v * Math.sin(angle), cy: u * Math.sin(angle) + v * Math.cos(angle), width: 100, height: 30, angle,
    });
    expect(assembleText([at(400, 0, 'Ashdown'), at(250, 0, 'Percival'), at(250, 60, 'Year 5')])).toBe('Percival Ashdown\nYear 5');
  });
});

describe('assembleLines: the structure the rules read', () => {
  const line = (primary: string, cx: number, cy: number, width = 100, extra?: string) => ({ primary, extra, cx, cy, width, height: 30, angle: 0 });

  test.each([
    ['a row joined from two boxes spans both', [line('Percival', 170, 102), line('Ashdown', 300, 100)], [{ text: 'Percival Ashdown', box: { x: 120, y: 85, w: 230, h: 32 } }]],
    ['lines keep their order and own boxes', [line('Key: Pebble#2031', 200, 160, 300), line('Wi-Fi: Guests', 200, 100, 260)], [
      { text: 'Wi-Fi: Guests', box: { x: 70, y: 85, w: 260, h: 30 } },
      { text: 'Key: Pebble#2031', box: { x: 50, y: 145, w: 300, h: 30 } },
    ]],
    ['an extra reading shares its row\'s box', [line('Name', 50, 120, 100, 'Nam3')], [
      { text: 'Name', box: { x: 0, y: 105, w: 100, h: 30 } },
      { text: 'Nam3', box: { x: 0, y: 105, w: 100, h: 30 } },
    ]],
  ])('%s', (_name, lines, expected) => {
    expect(assembleLines(lines)).toEqual(expected);
    expect(assembleText(lines)).toBe(expected.map((l) => l.text).join('\n'));
  });
});
