/** X's account handles: 1–15 letters, digits or underscores, written with "@". */
import type { AccountHandleFormat } from '../../rules/profile/account-handle';

export const X_ACCOUNT_HANDLE: AccountHandleFormat = {
  site: 'X',
  pattern: /^@?[A-Za-z0-9_]{1,15}$/,
  prefix: '@',
  example: '@OakfieldPrimary',
};
