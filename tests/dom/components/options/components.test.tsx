// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { ImportPreview } from '../../../../components/options/ImportPreview';
import { Pager } from '../../../../components/options/Pager';
import { formToSettings, resolvedForTest } from '../../../../components/options/SettingsPanel';
import { SettingsSchema } from '../../../../rules';
import { mount, unmount } from '../../../fixtures/dom';


describe('ImportPreview', () => {
  test('shows counts and each bad row with its line, and confirms only on click', () => {
    const onConfirm = vi.fn();
    const el = mount(
      <ImportPreview
        name="roster.csv"
        kind="pupils"
        rows={997}
        replacing={12}
        errors={[
          { line: 101, field: 'Forename', value: '', message: 'Forename is empty' },
          { line: 502, field: 'Photo Consent', value: 'perhaps', message: 'Photo Consent must be Y or N' },
        ]}
        onConfirm={onConfirm}
        onCancel={() => undefined}
      />,
    );
    expect(el.querySelector('[data-testid="preview-rows"]')?.textContent).toBe('997');
    expect(el.querySelector('[data-testid="preview-errors"]')?.textContent).toBe('2');
    expect([...el.querySelectorAll('tr[data-line]')].map((tr) => tr.getAttribute('data-line'))).toEqual(['101', '502']);
    expect(onConfirm).not.toHaveBeenCalled();
    act(() => (el.querySelector('[data-testid="confirm-import"]') as HTMLButtonElement).click());
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  test('nothing to load: the replace button is disabled', () => {
    const el = mount(<ImportPreview name="x.csv" kind="staff" rows={0} replacing={3} errors={[]} onConfirm={() => undefined} onCancel={() => undefined} />);
    expect((el.querySelector('[data-testid="confirm-import"]') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Pager', () => {
  test('hidden for one page; bounds disable Previous/Next', () => {
    const single = mount(<Pager page={0} pageCount={1} onPage={() => undefined} />);
    expect(single.textContent).toBe('');
    unmount(single);
    const onPage = vi.fn();
    const el = mount(<Pager page={0} pageCount={20} onPage={onPage} />);
    const [prev, next] = [...el.querySelectorAll('button')] as HTMLButtonElement[];
    expect(prev!.disabled).toBe(true);
    expect(el.textContent).toContain('Page 1 of 20');
    act(() => next!.click());
    expect(onPage).toHaveBeenCalledWith(1);
  });
});

describe('settings form → local settings', () => {
  const form = { ...resolvedForTest({ school: 'Form School', rules: { reply: 'block' } }), accounts: '@One, Two' };

  test('unlocked values are saved and validate', () => {
    const out = formToSettings(form, [], {}) as Record<string, any>;
    expect(out.school).toBe('Form School');
    expect(out.accounts).toEqual(['@One', 'Two']);
    expect(SettingsSchema.parse(out).accounts).toEqual(['@One', '@Two']);
  });

  test.each<[string, readonly string[], Record<string, unknown>, number | undefined]>([
    ['set here', [], {}, 45],
    ['set by the school: the laptop keeps its own value', ['settings.auditRetentionDays'], { auditRetentionDays: 200 }, 200],
    ['set by the school, none of its own: not written', ['settings.auditRetentionDays'], {}, undefined],
  ])('audit retention %s', (_name, locked, localSettings, saved) => {
    const out = formToSettings({ ...form, auditRetentionDays: 45 }, locked, localSettings) as Record<string, unknown>;
    expect(out.auditRetentionDays).toBe(saved);
    expect(SettingsSchema.safeParse(out).success).toBe(true);
  });

  test.each<[string, number | undefined, readonly string[], Record<string, unknown>, number | undefined]>([
    ['an empty box: kept until replaced, not written', undefined, [], {}, undefined],
    ['set here', 365, [], {}, 365],
    ['set by the school: the laptop keeps its own value', 30, ['settings.rosterRetentionDays'], { rosterRetentionDays: 90 }, 90],
  ])('roster retention: %s', (_name, typed, locked, localSettings, saved) => {
    const out = formToSettings({ ...form, rosterRetentionDays: typed }, locked, localSettings) as Record<string, unknown>;
    expect(out.rosterRetentionDays).toBe(saved);
    expect('rosterRetentionDays' in out).toBe(saved !== undefined);
    expect(SettingsSchema.safeParse(out).success).toBe(true);
  });

  test('a half-typed retention box is refused by the schema, naming the field', () => {
    const out = formToSettings({ ...form, auditRetentionDays: Number.NaN }, [], {});
    expect(SettingsSchema.safeParse(out).success).toBe(false);
  });

  test('locked fields keep the laptop\'s own value, never the managed one', () => {
    const out = formToSettings(form, ['settings.school', 'settings.rules.reply'], { school: 'Laptop Value', rules: { reply: 'warn' } }) as Record<string, any>;
    expect(out.school).toBe('Laptop Value');
    expect(out.rules.reply).toBe('warn');
    const none = formToSettings(form, ['settings.school', 'settings.rules.reply'], {}) as Record<string, any>;
    expect(none).not.toHaveProperty('school');
    expect(none.rules).not.toHaveProperty('reply');
  });
});
