// The interface's first render, made by the build for each language (src/prerender/) and put on screen as soon
// as the app's code starts, before the data and the map: the header, legend and lists come first, and React
// takes the markup over later (hydrateInterface.ts) instead of building it while the map loads.
import type { UiLang } from '../i18n/languages';
import type { BasemapId } from '../state/basemapSlice';
import type { ReadHash, UrlState } from '../state/urlCodec';

/** The id of the build's `<template>` holding the interface in `lang`. */
export const staticInterfaceId = (lang: UiLang) => `static-interface-${lang}`;

/** What a link may name and still open on the static interface: the rest changes what the interface shows. */
const PLAIN_KEYS: ReadonlySet<string> = new Set<keyof UrlState>(['view', 'basemap', 'lang']);

/** A link that opens the atlas as it starts (a view, a basemap, a language), with nothing it could not read. */
export const isPlainLink = (link: ReadHash): boolean => link.unread.length === 0 && Object.keys(link.state).every((key) => PLAIN_KEYS.has(key));

/** The build rendered the default basemap's choice; a link may name another (the choice is a radio group). */
function chooseBasemap(content: DocumentFragment, basemap: BasemapId): void {
  for (const radio of content.querySelectorAll<HTMLInputElement>('input[type="radio"][name="basemap"]')) radio.toggleAttribute('checked', radio.value === basemap);
}

/**
 * Puts the build's interface in `lang` in place of the page's frame inside `root` (with the link's basemap
 * chosen, if it names one); returns the element the map draws in, or null (no such template: the frame stays,
 * and the interface is rendered as usual).
 */
export function showStaticInterface(root: HTMLElement, lang: UiLang, basemap?: BasemapId, doc: Document = root.ownerDocument): HTMLElement | null {
  const template = doc.getElementById(staticInterfaceId(lang));
  if (!(template instanceof HTMLTemplateElement)) return null;
  const content = template.content.cloneNode(true) as DocumentFragment;
  const mapHost = content.querySelector<HTMLElement>('.map-area > .map-canvas');
  if (!mapHost) return null;
  if (basemap) chooseBasemap(content, basemap);
  root.replaceChildren(content);
  // Until the data is in, the page says it is still busy (markReady ends it); presses are held meanwhile (heldInput.ts).
  root.setAttribute('aria-busy', 'true');
  // Its <html lang> with it, as the interface's own render keeps it (App.tsx).
  doc.documentElement.lang = lang;
  return mapHost;
}

/** The templates are read once; taken out of the page so they hold no memory (and no second set of ids). */
export function dropStaticInterfaces(doc: Document): void {
  for (const template of doc.querySelectorAll('template[id^="static-interface-"]')) template.remove();
}

/** The data is in: the page is no longer busy (its first press brings the interface to life, whenToGoLive.ts). */
export const markReady = (root: HTMLElement) => root.removeAttribute('aria-busy');

/** Says, above the build's markup, that the interface's own code could not be loaded (the markup stays inert). */
export function showStartupFailure(root: HTMLElement, text: string, error: unknown): void {
  console.error('[interface] its code could not be loaded:', error);
  const note = root.ownerDocument.createElement('p');
  note.className = 'startup-failure';
  note.setAttribute('role', 'alert');
  note.textContent = text;
  root.prepend(note);
  root.removeAttribute('aria-busy');
}
