import { describe, expect, it } from 'vitest';
import { RunAbandoned, RunGenerations } from '../../../../components/vision/abandon';

describe('RunGenerations', () => {
  it('a run started before a reset stops at its next checkpoint; one started after goes on', () => {
    const generations = new RunGenerations();
    const before = generations.checkpoint();
    expect(before).not.toThrow();
    generations.abandonAll();
    expect(before).toThrow(RunAbandoned);
    const after = generations.checkpoint();
    expect(after).not.toThrow();
    generations.abandonAll();
    expect(after).toThrow(RunAbandoned);
  });
});
