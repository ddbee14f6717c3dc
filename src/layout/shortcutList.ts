// What the shortcuts dialog lists: the keys (the same in every language, but for the space bar's name) and
// the id of each row's description in the catalogue (keyboard.rows). The atlas's own keys are in
// shortcuts.ts, the map's are MapLibre's, the tour's are in src/tour/Presenter.tsx.
export const SPACE_KEY = 'Space';

export const SHORTCUT_GROUPS = [
  {
    id: 'atlas',
    rows: [
      { id: 'search', keys: ['/'] },
      { id: 'help', keys: ['?'] },
      { id: 'escape', keys: ['Esc'] },
      { id: 'tab', keys: ['Tab', 'Shift + Tab'] },
      { id: 'results', keys: ['↑', '↓', 'Enter'] },
    ],
  },
  {
    id: 'map',
    rows: [
      { id: 'pan', keys: ['←', '↑', '→', '↓'] },
      { id: 'zoom', keys: ['+', '−'] },
      { id: 'rotate', keys: ['Shift + ←', 'Shift + →'] },
      { id: 'tilt', keys: ['Shift + ↑', 'Shift + ↓'] },
    ],
  },
  {
    id: 'tour',
    rows: [
      { id: 'next', keys: ['→', SPACE_KEY, 'Page Down', 'Enter'] },
      { id: 'previous', keys: ['←', 'Page Up', 'Backspace'] },
      { id: 'ends', keys: ['Home', 'End'] },
      { id: 'leave', keys: ['Esc'] },
    ],
  },
] as const;

export type ShortcutGroupId = (typeof SHORTCUT_GROUPS)[number]['id'];
export type ShortcutRowId = (typeof SHORTCUT_GROUPS)[number]['rows'][number]['id'];
