/**
 * What a site's account handle looks like, as data: the settings schema
 * (settingsSchemaFor / profileSchemaFor in schema.ts) validates `accounts`
 * against the format it is given, so rules/ holds no site's pattern of its
 * own. Site adapters carry theirs (components/x/account-handle.ts).
 */
export interface AccountHandleFormat {
  /** The site's name for error messages ("X"). */
  site: string;
  /** One handle, with or without its prefix. */
  pattern: RegExp;
  /** The prefix handles are stored with ("@"). */
  prefix: string;
  /** An example for error messages ("@OakfieldPrimary"). */
  example: string;
}

/**
 * The format the settings contract itself names (../shared/RULES.md: `accounts`
 * are "@Handle"s of 1–15 letters, digits or underscores). SettingsSchema and
 * ProfileSchema use it; a site whose handles look different passes its own
 * adapter's format to settingsSchemaFor/profileSchemaFor.
 */
export const SETTINGS_ACCOUNT_HANDLE: AccountHandleFormat = {
  site: 'X',
  pattern: /^@?[A-Za-z0-9_]{1,15}$/,
  prefix: '@',
  example: '@OakfieldPrimary',
};
