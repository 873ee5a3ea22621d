/**
 * Account handles are validated in the format given as data (rules/ knows no
 * site): the settings contract's by default, any site adapter's on request.
 */
import { expect, test } from 'vitest';
import { ProfileSchema, SettingsSchema, profileSchemaFor, settingsSchemaFor } from '../../../../rules/profile/schema';
import type { AccountHandleFormat } from '../../../../rules/profile/account-handle';
import { xSite } from '../../../../components/x';

const DOTTED: AccountHandleFormat = { site: 'Example', pattern: /^@?[a-z0-9-]+(\.[a-z0-9-]+)+$/, prefix: '@', example: '@school.example.social' };

test('the default schema takes X handles (the X adapter supplies the same format)', () => {
  expect(SettingsSchema.parse({ accounts: ['OakfieldPri', '@Second_1'] }).accounts).toEqual(['@OakfieldPri', '@Second_1']);
  expect(SettingsSchema.safeParse({ accounts: ['oakfield.example.social'] }).success).toBe(false);
  expect(settingsSchemaFor(xSite.account.handle).parse({ accounts: ['OakfieldPri'] }).accounts).toEqual(['@OakfieldPri']);
});

test("another site's format is injected, and its message names that site", () => {
  const schema = settingsSchemaFor(DOTTED);
  expect(schema.parse({ accounts: ['oakfield.example.social'] }).accounts).toEqual(['@oakfield.example.social']);
  const bad = schema.safeParse({ accounts: ['Oakfield_Pri'] });
  expect(bad.success).toBe(false);
  expect(JSON.stringify(bad.error?.issues)).toContain('must be an Example handle such as \\"@school.example.social\\"');
  expect(profileSchemaFor(DOTTED).parse({ settings: { accounts: ['a.b'] } }).settings.accounts).toEqual(['@a.b']);
  expect(ProfileSchema.safeParse({ settings: { accounts: ['a.b'] } }).success).toBe(false);
});
