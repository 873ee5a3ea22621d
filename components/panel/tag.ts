/** The panel host's element name: the content script skips its own elements by it before the panel (engine module) is loaded. */
export const PANEL_TAG = 'safepost-panel';
