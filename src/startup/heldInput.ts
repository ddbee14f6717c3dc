// The build's markup of the interface is on screen before its code (React and the components) has loaded: that
// code is fetched when the interface goes live, so the start-up file stays small (what a visitor downloads
// before the map starts) and the map's first load does not compile and run it (scripts/bench/NOTES.md). Until
// then a press on the markup would find no handler, or half-happen (a box ticked natively that React then does
// not know of). So presses are held here, in the order they came, and replayed once React has taken the markup
// over. The map's own element is left alone: MapLibre handles its presses itself.

/** Pointer and mouse events of a press; only the click is replayed (the rest are its parts). */
const POINTER_TYPES = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick'] as const;
/** Keys that move focus or only modify: the browser's own handling of them changes nothing React keeps. */
const PASSING_KEYS: ReadonlySet<string> = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);
/** Fields whose text can be edited in place (`setRangeText`; email and number fields have no selection to edit). */
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'url', 'tel', 'password']);

type HeldPress =
  | { kind: 'click'; target: HTMLElement }
  | { kind: 'key'; target: HTMLElement; init: KeyboardEventInit }
  /** Text put in without a key of its own: pasted, dropped, autofilled or corrected (`beforeinput`). */
  | { kind: 'text'; target: HTMLElement; text: string; deletes?: 'backward' | 'forward' }
  /** A list's choice, made with the browser's own picker (which cannot wait): told to React once it is live. */
  | { kind: 'choice'; target: HTMLSelectElement; value: string };

export interface HeldInput {
  /** Calls `listener` at the user's first held press (at once, if one came already); returns a stop function. */
  onFirstPress(listener: () => void): () => void;
  /**
   * Replays the held presses in order, paced (so each one's updates are rendered before the next, as they would
   * have been), holding any that come meanwhile behind them; then stops holding. Resolves when done; further
   * calls return the same promise.
   */
  release(): Promise<void>;
}

export interface HoldOptions {
  /** Elements whose presses go through as they come (the map, which is live from the start). */
  passThrough: (target: Element) => boolean;
  /** Waits between two replayed presses: by default two frames, so what one press set off after its paint (a
   *  panel taking focus) is done before the next, as it was for the user. */
  pace?: (next: () => void) => void;
  win?: Window;
}

const twoFramesThenATask = (win: Window) => (next: () => void) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.setTimeout(next, 0)));

const keyInit = (event: KeyboardEvent): KeyboardEventInit => ({
  key: event.key,
  code: event.code,
  location: event.location,
  repeat: event.repeat,
  ctrlKey: event.ctrlKey,
  shiftKey: event.shiftKey,
  altKey: event.altKey,
  metaKey: event.metaKey,
  bubbles: true,
  cancelable: true,
});

const isTextEntry = (element: Element): element is HTMLInputElement | HTMLTextAreaElement =>
  ((element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type)) || element instanceof HTMLTextAreaElement) && !element.readOnly && !element.disabled;

const activatesOnEnter = (element: Element) => element instanceof HTMLButtonElement || (element instanceof HTMLAnchorElement && element.hasAttribute('href')) || element.localName === 'summary';
const activatesOnSpace = (element: Element) =>
  element instanceof HTMLButtonElement || element.localName === 'summary' || (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio'));

/** Edits a text field as the browser would have, and tells React through the `input` event it listens to. */
function editText(field: HTMLInputElement | HTMLTextAreaElement, text: string, deletes?: 'backward' | 'forward'): void {
  let start = field.selectionStart ?? field.value.length;
  let end = field.selectionEnd ?? start;
  if (deletes === 'backward' && start === end) start = Math.max(start - 1, 0);
  if (deletes === 'forward' && start === end) end = Math.min(end + 1, field.value.length);
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: text ? 'insertText' : 'deleteContent', data: text || null }));
}

/** The text a `beforeinput` would have put in (or the side it deletes to). */
function heldText(event: InputEvent): { text: string; deletes?: 'backward' | 'forward' } {
  if (event.inputType.startsWith('delete')) return { text: '', deletes: event.inputType.endsWith('Forward') ? 'forward' : 'backward' };
  return { text: event.data ?? event.dataTransfer?.getData('text/plain') ?? '' };
}

/** What the browser does after a key nobody cancelled: untrusted events have no default action of their own. */
function keyDefault(target: HTMLElement, init: KeyboardEventInit): void {
  const key = init.key ?? '';
  const chord = init.ctrlKey || init.metaKey || init.altKey;
  if (isTextEntry(target) && !chord && key.length === 1) editText(target, key);
  else if (isTextEntry(target) && !chord && (key === 'Backspace' || key === 'Delete')) editText(target, '', key === 'Backspace' ? 'backward' : 'forward');
  else if (key === 'Enter' && activatesOnEnter(target)) target.click();
  else if (key === 'Enter' && target instanceof HTMLInputElement && target.form) target.form.requestSubmit();
  else if (key === ' ' && activatesOnSpace(target)) target.click();
}

function replay(press: HeldPress, doc: Document): void {
  if (press.kind === 'choice') {
    if (!press.target.isConnected) return;
    press.target.value = press.value;
    press.target.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (press.kind === 'text') {
    if (press.target.isConnected && isTextEntry(press.target)) editText(press.target, press.text, press.deletes);
    return;
  }
  if (press.kind === 'click') {
    if (!press.target.isConnected) return;
    // Holding the press kept the browser from focusing what was pressed: as a click would, then the click.
    if (press.target.tabIndex >= 0) press.target.focus({ preventScroll: true });
    press.target.click();
    return;
  }
  const target = press.target.isConnected ? press.target : (doc.activeElement as HTMLElement | null);
  if (!target) return;
  const event = new KeyboardEvent('keydown', press.init);
  if (target.dispatchEvent(event)) keyDefault(target, press.init);
}

const htmlElementOf = (target: EventTarget | null): HTMLElement | null => {
  let element = target instanceof Element ? target : null;
  while (element && !(element instanceof HTMLElement)) element = element.parentElement;
  return element;
};

/** Holds presses on `root` (but not on `passThrough` elements) until `release`. */
export function holdInput(root: HTMLElement, { passThrough, win = window, pace = twoFramesThenATask(win) }: HoldOptions): HeldInput {
  const held: HeldPress[] = [];
  const firstPressListeners = new Set<() => void>();
  let pressed = false;
  let released: Promise<void> | undefined;
  let replaying = false;

  const pressCame = () => {
    if (pressed) return;
    pressed = true;
    for (const listener of [...firstPressListeners]) listener();
  };

  const hold = (event: Event) => {
    // A press on an icon (SVG) inside a button counts as the button's: the nearest HTML element is replayed.
    const target = htmlElementOf(event.target);
    if (replaying || !target || !root.contains(target) || passThrough(target)) return;
    // A list opens and changes in the browser's own picker: left to it, its choice held (its change cannot be
    // cancelled; React hears of it on replay).
    if (target instanceof HTMLSelectElement) {
      if (event.type === 'change') {
        event.stopImmediatePropagation();
        held.push({ kind: 'choice', target, value: target.value });
        pressCame();
      }
      return;
    }
    if (event instanceof KeyboardEvent && (PASSING_KEYS.has(event.key) || event.isComposing)) return;
    // An input method's text cannot be held (its events are not cancelable): it goes in as it comes.
    if (event instanceof InputEvent && event.inputType === 'insertCompositionText') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click') held.push({ kind: 'click', target });
    if (event.type === 'keydown') held.push({ kind: 'key', target, init: keyInit(event as KeyboardEvent) });
    if (event instanceof InputEvent && /^(insert|delete)/.test(event.inputType)) held.push({ kind: 'text', target, ...heldText(event) });
    if (event.type !== 'pointerup' && event.type !== 'mouseup') pressCame();
  };

  const types = [...POINTER_TYPES, 'keydown', 'beforeinput', 'change'];
  for (const type of types) win.addEventListener(type, hold, { capture: true });

  return {
    onFirstPress(listener) {
      if (pressed) {
        listener();
        return () => undefined;
      }
      firstPressListeners.add(listener);
      return () => void firstPressListeners.delete(listener);
    },
    release() {
      released ??= new Promise<void>((done) => {
        firstPressListeners.clear();
        const next = () => {
          const press = held.shift();
          if (press) {
            // The replay's own events pass (they are dispatched now, synchronously).
            replaying = true;
            try {
              replay(press, win.document);
            } finally {
              replaying = false;
            }
            pace(next);
            return;
          }
          for (const type of types) win.removeEventListener(type, hold, { capture: true });
          done();
        };
        next();
      });
      return released;
    },
  };
}
