/**
 * X's account handles: 1–15 letters, digits or underscores, written with "@".
 * The profile settings contract (RULES.md) was written for X, so its format
 * (rules/profile/account-handle.ts) is X's: one definition, named here as
 * the X adapter's.
 */
import { SETTINGS_ACCOUNT_HANDLE, type AccountHandleFormat } from '../../rules/profile/account-handle';

export const X_ACCOUNT_HANDLE: AccountHandleFormat = SETTINGS_ACCOUNT_HANDLE;
