/** What the import routes answer with when they refuse an upload, or accept it. */
export type UploadOutcome = { ok: true; jobId: string } | { ok: false; status: number; message: string };

export type UploadKind = 'catalogue' | 'articles';

/** The file itself as the body, with the type the server expects: CSV for articles only. */
export function contentTypeFor(kind: UploadKind, file: File): string {
  return kind === 'articles' && file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/json';
}

/**
 * Sends a file to /api/imports/<kind> with XMLHttpRequest, which (unlike fetch) reports how
 * much of the body has gone out. Resolves with the job id or the server's refusal; rejects
 * only when the connection failed. `signal` aborts the upload.
 */
export function uploadFile(
  kind: UploadKind,
  file: File,
  options: { incremental: boolean; onProgress: (sent: number, total: number) => void; signal?: AbortSignal },
): Promise<UploadOutcome> {
  const query = new URLSearchParams({ name: file.name });
  if (kind === 'catalogue' && options.incremental) query.set('incremental', '1');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/${kind}?${query.toString()}`);
    xhr.setRequestHeader('Content-Type', contentTypeFor(kind, file));
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => options.onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as { jobId?: unknown; error?: unknown } | null;
      if (xhr.status === 202 && typeof body?.jobId === 'string') resolve({ ok: true, jobId: body.jobId });
      else resolve({ ok: false, status: xhr.status, message: typeof body?.error === 'string' ? body.error : xhr.statusText });
    };
    // A refused upload closes the connection early; the browser may then report a network error.
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
