/**
 * Long work (catalogue imports, exports) started from the UI runs as a job the page polls
 * for progress. Jobs live in this process only: one server per county, and a restart
 * ending a running import is safe because an import is one transaction.
 */
export type JobKind = 'import.catalogue' | 'import.articles' | 'export.requests';

export interface JobProgress {
  /** What is happening now, e.g. 'read', 'write', 'verify', 'render'. */
  phase: string;
  done: number;
  /** Null when the total is not known (a streamed file). */
  total: number | null;
}

export interface JobState {
  id: string;
  kind: JobKind;
  /** Who started it; only they (or a manager) may read it. */
  userId: number;
  status: 'running' | 'done' | 'failed';
  progress: JobProgress;
  /** What the work returned (JSON-safe), when done. */
  result: unknown;
  /** A message for the person, when failed. */
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export type JobWork = (report: (progress: JobProgress) => void) => Promise<unknown>;

/** Finished jobs are forgotten after this long (their results are in the database anyway). */
const keepFinishedMs = 60 * 60 * 1000;

export class JobRegistry {
  private readonly jobs = new Map<string, JobState>();
  private sequence = 0;

  constructor(
    private readonly now: () => Date = () => new Date(),
    /** Turns a thrown error into what the person sees (known errors keep their message). */
    private readonly describeError: (error: unknown) => string = (error) => (error instanceof Error ? error.message : String(error)),
  ) {}

  /** Starts `work` on the next turn and returns the job at once. */
  start(kind: JobKind, userId: number, work: JobWork): JobState {
    this.forgetOld();
    const id = `${Date.now().toString(36)}-${(++this.sequence).toString(36)}`;
    const job: JobState = { id, kind, userId, status: 'running', progress: { phase: 'start', done: 0, total: null }, result: null, error: null, startedAt: this.now().toISOString(), finishedAt: null };
    this.jobs.set(id, job);
    setImmediate(() => {
      work((progress) => {
        job.progress = progress;
      }).then(
        (result) => this.finish(job, 'done', result, null),
        (error: unknown) => this.finish(job, 'failed', null, this.describeError(error)),
      );
    });
    return { ...job };
  }

  get(id: string): JobState | undefined {
    const job = this.jobs.get(id);
    return job && { ...job, progress: { ...job.progress } };
  }

  /** Resolves when the job has finished (tests and the CLI-like callers). */
  async settled(id: string): Promise<JobState | undefined> {
    for (;;) {
      const job = this.get(id);
      if (!job || job.status !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private finish(job: JobState, status: 'done' | 'failed', result: unknown, error: string | null) {
    job.status = status;
    job.result = result;
    job.error = error;
    job.finishedAt = this.now().toISOString();
  }

  private forgetOld() {
    const cutoff = this.now().getTime() - keepFinishedMs;
    for (const [id, job] of this.jobs) if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) this.jobs.delete(id);
  }
}
