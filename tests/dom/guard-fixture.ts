/**
 * A ComposerGuard on the pop-up composer of the fixture snapshot
 * (tests/dom/fixtures/compose.html), with a test environment: OCR reads
 * nothing, renders are not scheduled, the profile is the one given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComposerGuard, type GuardEnvironment } from '../../components/guard/composer-guard';
import { PageHighlights } from '../../components/guard/highlights';
import { xSite } from '../../components/x';
import type { CompiledProfile } from '../../rules';
// The real engine, installed as the content script's loader does (the guard reaches it through engine-slot.ts).
import '../fixtures/engine';

export function guardOnPopupFixture(compiled: CompiledProfile, extra: Partial<GuardEnvironment> = {}) {
  document.body.innerHTML = readFileSync(join(import.meta.dirname, 'fixtures', 'compose.html'), 'utf8');
  const composer = xSite.findComposers(document).find((c) => c.root.closest('[role="dialog"]'))!;
  const env: GuardEnvironment = {
    site: xSite,
    closed: () => false,
    profile: () => ({ compiled, label: 'Test profile' }),
    highlights: new PageHighlights(),
    requestRender: () => {},
    read: async () => ({ text: '' }),
    ...extra,
  };
  return { guard: new ComposerGuard(composer, env), composer };
}
