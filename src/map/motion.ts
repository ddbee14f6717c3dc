// Whether the reader asked the system for less motion: the map's own moves then jump instead of flying.
export const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
