/** A labelled progress bar ("3/8 reviewed"); the text carries the meaning, the bar is for the eye. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const share = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="lp-ws-progress">
      <span>{label}</span>
      <span className="lp-ws-bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </span>
    </div>
  );
}
