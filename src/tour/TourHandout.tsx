// The tour's handout in the print layout: one page per step, its image, caption and sources (rendered as text).
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import type { HandoutPage } from './handout';

interface Props {
  tourTitle: string;
  pages: readonly HandoutPage[];
  /** Runs once every image has been decoded, so the print never catches a page half-drawn. */
  onShown: () => void;
}

export function TourHandout({ tourTitle, pages, onShown }: Props) {
  const t = useT();
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const images = [...(root.current?.querySelectorAll('img') ?? [])];
    let cancelled = false;
    // An image that cannot be decoded is printed as the browser shows it; the print is not held back for it.
    void Promise.all(images.map((image) => (typeof image.decode === 'function' ? image.decode().catch(() => undefined) : undefined))).then(() => {
      if (!cancelled) onShown();
    });
    return () => {
      cancelled = true;
    };
  }, [pages, onShown]);
  return (
    <article className="handout" data-testid="handout" ref={root}>
      {pages.map((page, index) => (
        <section key={page.stepId} className="handout__page">
          <p className="handout__tour">
            {tourTitle} · {t.tour.stepOf(index + 1, pages.length)}
          </p>
          <img src={page.image} alt={page.title} />
          <p className="handout__caption">{page.caption}</p>
          <p className="handout__source">
            {t.tour.source}
            {page.sources}
          </p>
        </section>
      ))}
    </article>
  );
}
