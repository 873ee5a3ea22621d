/**
 * SafePost's one keyboard shortcut: Alt+Shift+S moves focus from the compose
 * box to its SafePost card (Escape goes back to the editor, caret where it
 * was). Chosen because X binds no Alt+Shift letter and browsers leave it free
 * (Alt+S alone opens menus in some of them). Matched on `code` as well as
 * `key`: on macOS Option+Shift+S types "Í".
 */
export const PANEL_SHORTCUT_LABEL = 'Alt+Shift+S';

export function isPanelShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'key' | 'code'>): boolean {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
  return event.code === 'KeyS' || event.key === 'S' || event.key === 's';
}
