// Printing a print layout (the fact sheet, the tour's handout) once it is in the page: the next frame, so the
// browser has laid it out before its print dialog takes the page.
export const printNextFrame = (): void => void requestAnimationFrame(() => window.print());
