/** A COPY … FROM STDIN stream fed with text lines in ~256 KB chunks, honouring back-pressure. */
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const CHUNK = 256 * 1024;

export class CopyWriter {
  private buffer: string[] = [];
  private size = 0;
  private stream: ReturnType<typeof copyFrom> | undefined;
  private client: pg.Client | undefined;
  rows = 0;

  constructor(
    private readonly url: string,
    readonly table: string,
    private readonly columns: readonly string[],
  ) {}

  async open(): Promise<void> {
    this.client = new pg.Client({ connectionString: this.url });
    await this.client.connect();
    // Bulk load: no need to wait for the WAL flush of this session's commit.
    await this.client.query('SET synchronous_commit = off');
    this.stream = this.client.query(copyFrom(`COPY "${this.table}" (${this.columns.map((c) => `"${c}"`).join(',')}) FROM STDIN`));
    this.stream.on('error', () => undefined); // surfaced by finished()
  }

  push(l: string): void {
    this.buffer.push(l);
    this.size += l.length;
    this.rows++;
  }

  get pending(): number {
    return this.size;
  }

  /** Writes the buffer when it is big enough (or always, with `force`); waits while PostgreSQL catches up. */
  async flush(force = false): Promise<void> {
    if (!this.stream || (!force && this.size < CHUNK) || this.size === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (err: Error) => reject(err);
        this.stream!.once('drain', () => {
          this.stream!.off('error', onError);
          resolve();
        });
        this.stream!.once('error', onError);
      });
    }
  }

  async close(): Promise<void> {
    await this.flush(true);
    if (this.stream) {
      this.stream.end();
      await finished(this.stream);
    }
    await this.client?.end();
  }
}
