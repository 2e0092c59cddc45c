/**
 * Moves focus after React has drawn the next state: to a form that just opened, or back to the
 * button that opened it, so a keyboard or screen reader user is never left at the top of the page.
 */
export const focusSoon = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0)
