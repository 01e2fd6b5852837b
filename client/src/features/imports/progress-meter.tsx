import { useId } from 'react';

/**
 * A progress bar for long work. With a known total it is a determinate progressbar
 * (aria-valuenow); without one (a file streamed, its size unknown) it says how far it has
 * got in `text`, which is also its aria-valuetext. The text is not a live region: a screen
 * reader would read every poll; `announce` (a phase, a result) is.
 */
export function ProgressMeter({ label, done, total, text, announce }: { label: string; done: number; total: number | null; text: string; announce?: string }) {
  const id = useId();
  const known = total !== null && total > 0;
  const share = known ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="lp-progress">
      <div className="lp-progress-top">
        <span id={`${id}-label`} className="lp-progress-label">{label}</span>
        <span className="lp-progress-text">{text}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? Math.min(done, total) : undefined}
        aria-valuetext={text}
        className={`lp-progress-track${known ? '' : ' lp-progress-indeterminate'}`}
      >
        <span style={share === null ? undefined : { width: `${share}%` }} />
      </div>
      <span className="lp-visually-hidden" role="status">{announce ?? ''}</span>
    </div>
  );
}
