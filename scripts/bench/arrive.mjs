// How the bench reaches a measured page: as a visitor does, from a page of another site.
// A fresh Playwright page starts on about:blank in the renderer process the measured page then also gets; its
// compositor is torn down on that page's main thread about one second after the navigation, blocking it for
// 70–260 ms (traced on 2026-12-06: `LayerTreeHost::~LayerTreeHost`, 1025–1175 ms in). That charged whichever
// page was still loading at one second — the app nearly always, the bare page rarely. A visitor's previous page
// (another site, a new tab page) lives in another process, so its teardown never blocks the page they open.

/** A page of no site (an opaque origin): the measured page, on 127.0.0.1, gets a process of its own. */
export const START_PAGE = 'data:text/html,<title>bench start</title>';

/** Moves a fresh page off its blank start, onto a page of another site: where a visitor comes from. */
export function startElsewhere(page) {
  return page.goto(START_PAGE);
}
