import { readFileSync } from 'node:fs';
import { createNodeHost } from '../cli/vision-node';
const lines: unknown[] = [];
const host = createNodeHost({ only: ['text'], text: { onReading: (r) => lines.push(...r.lines.map((l) => ({ pp: l.pp, c: l.ppConfidence.toFixed(2), t: l.tesseract, tc: l.tesseractConfidence, primary: l.primary, extra: l.extra }))) } });
const r = await host.analyse(readFileSync(process.argv[2]!), 'image/jpeg');
console.log(JSON.stringify(r.findings.text));
console.log(lines);
await host.release();
