// Presenter mode: a large caption card with progress over a full-screen map. Clicker keys: → Space
// PageDown forward, ← PageUp back, Home/End, Escape to leave.
import { stepSources } from './handout';
import { useT, useI18n } from '../i18n/useT';
import { memo, useEffect } from 'react';
import { useMapCover } from '../layout/mapCovers';
import type { Tour } from '../data/schema';
import { useAtlas } from '../state/useAtlas';

const FORWARD = new Set(['ArrowRight', ' ', 'PageDown', 'Enter']);
const BACK = new Set(['ArrowLeft', 'PageUp', 'Backspace']);

async function leaveFullscreen() {
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
}

interface Props {
  tours: readonly Tour[];
  onExportPng: () => void;
  onPrintHandout: () => void;
  /** While the handout is being made: how many steps are done. */
  handoutProgress: { done: number; total: number } | null;
}

export const Presenter = memo(function Presenter({ tours, onExportPng, onPrintHandout, handoutProgress }: Props) {
  const { lang } = useI18n();
  const t = useT();
  const position = useAtlas((s) => s.tour);
  const next = useAtlas((s) => s.nextStep);
  const previous = useAtlas((s) => s.previousStep);
  const goTo = useAtlas((s) => s.goToStep);
  const end = useAtlas((s) => s.endTour);
  const tour = position ? tours.find((t) => t.id === position.id) : undefined;
  // The map keeps each step's places clear of the card.
  const cardCover = useMapCover();

  useEffect(() => {
    if (!tour) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      let handled = true;
      if (FORWARD.has(event.key)) next();
      else if (BACK.has(event.key)) previous();
      else if (event.key === 'Home') goTo(0);
      else if (event.key === 'End') goTo(tour.steps.length - 1);
      else if (event.key === 'Escape') {
        end();
        void leaveFullscreen();
      } else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [tour, next, previous, goTo, end]);

  if (!tour || !position) return null;
  const step = tour.steps[position.step]!;
  const count = tour.steps.length;
  return (
    <section className="presenter" aria-label={t.tour.label(tour.title[lang])} data-testid="presenter">
      <div className="presenter__card" ref={cardCover}>
        <p className="presenter__tour">{tour.title[lang]}</p>
        <h2 className="presenter__title">{step.title[lang]}</h2>
        <p className="presenter__caption" data-testid="caption">
          {step.caption[lang]}
        </p>
        <div className="presenter__progress" role="group" aria-label={t.tour.steps}>
          {tour.steps.map((s, i) => (
            <button
              key={s.id}
              type="button"
              className={i === position.step ? 'current' : i < position.step ? 'done' : undefined}
              aria-label={t.tour.goTo(i + 1, s.title[lang])}
              onClick={() => goTo(i)}
            />
          ))}
        </div>
        <div className="presenter__controls">
          <button type="button" onClick={previous} disabled={position.step === 0} aria-label={t.tour.previous}>
            ←
          </button>
          <span
            className="presenter__count"
            role="progressbar"
            aria-label={t.tour.progress}
            aria-valuemin={1}
            aria-valuemax={count}
            aria-valuenow={position.step + 1}
            aria-valuetext={t.tour.stepOf(position.step + 1, count)}
          >
            {position.step + 1} / {count}
          </span>
          <button type="button" onClick={next} disabled={position.step === count - 1} aria-label={t.tour.next}>
            →
          </button>
          <button type="button" onClick={onExportPng}>
            {t.app.exportPng}
          </button>
          <button type="button" onClick={onPrintHandout} disabled={handoutProgress !== null}>
            {t.tour.handout}
          </button>
          <button
            type="button"
            onClick={() => {
              end();
              void leaveFullscreen();
            }}
          >
            {t.tour.exit}
          </button>
        </div>
        {handoutProgress && (
          <p className="presenter__handout" role="status">
            {t.tour.handoutPreparing(Math.min(handoutProgress.done + 1, handoutProgress.total), handoutProgress.total)}
            <progress max={handoutProgress.total} value={handoutProgress.done} />
          </p>
        )}
        <p className="presenter__source">
          {t.tour.source}
          {stepSources(step.sources, lang)}
        </p>
      </div>
    </section>
  );
});
