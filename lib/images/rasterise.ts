/** An SVG document to PNG on the server, with resvg and the bundled fonts only (no system fonts). */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from './fonts';

function renderOptions(scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  };
}

/**
 * PNG bytes of `svg` drawn `scale` times its own size (2: 1200×675 becomes 2400×1350, for slides), on this
 * thread: 150-250 ms of blocked event loop for a chart. Tests and scripts only; the server uses svgToPngOffThread.
 */
export function svgToPng(svg: string, scale: number): Buffer {
  return new Resvg(svg, renderOptions(scale)).render().asPng();
}

/**
 * Worker threads that rasterise (./png-worker.cjs): one core fewer than the machine has (at least 1, at most
 * 4), so a burst of new PNGs leaves a core to the event loop that serves the pages. IMAGE_WORKERS overrides.
 */
export const PNG_WORKERS = Math.max(1, Math.min(4, Number(process.env.IMAGE_WORKERS) || availableParallelism() - 1));

// Read by path at run time (a literal path, so the build's file tracing keeps the file).
const WORKER_FILE = join(process.cwd(), 'lib/images/png-worker.cjs');

interface Job {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

class PngPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private workers = 0;
  private nextId = 1;

  constructor(private readonly size: number) {}

  render(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, svg, options, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_FILE);
    worker.unref();
    this.workers++;
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (job && job.id === message.id) {
        if (message.png) job.resolve(message.png);
        else job.reject(new Error(message.error ?? 'PNG rendering failed'));
      }
      this.pump();
    });
    const lost = (error: Error) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      this.workers--;
      job?.reject(error);
      this.pump();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (this.busy.has(worker) || this.idle.includes(worker)) lost(new Error(`PNG worker exited (${code})`));
    });
    return worker;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      worker.postMessage({ id: job.id, svg: job.svg, options: job.options });
    }
  }
}

let pool: PngPool | undefined;

/** svgToPng in a worker thread: the event loop stays free for other requests while a PNG is drawn. */
export function svgToPngOffThread(svg: string, scale: number): Promise<Uint8Array> {
  pool ??= new PngPool(PNG_WORKERS);
  return pool.render(svg, renderOptions(scale));
}
