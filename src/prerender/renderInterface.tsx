// The interface's first render as HTML, made by the build for each language (scripts/prerender/): the page
// shows it at once and React takes it over once the map has drawn (src/startup/). It is what the browser's
// first render gives for a link that names no state: the same data files, store and element, a map loading.
import { renderToString } from 'react-dom/server';
import type { AtlasData } from '../data/atlasData';
import { interfaceElement } from '../startup/interfaceElement';
import { storeForStaticInterface, type StaticStart } from '../startup/staticStart';
import { loadingMap } from './loadingMap';

export function renderStaticInterface(data: AtlasData, start: StaticStart): string {
  return renderToString(interfaceElement(storeForStaticInterface(data, start), data, loadingMap));
}
