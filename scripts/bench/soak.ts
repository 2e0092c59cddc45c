/**
 * A minute of 50 concurrent connections against the running server, its memory read from
 * /proc/<pid>/status every second: whether anything failed, and whether memory stayed flat.
 */
import { readFile } from 'node:fs/promises'
import { load } from './load.ts'
import type { LoadResult } from './load.ts'

export const SOAK = { seconds: 60, connections: 50 }
/** Caches, pools and the JIT fill up in the first seconds; memory is judged after them. */
const WARM_UP_SECONDS = 10
const WINDOW_SECONDS = 20
/**
 * Flat: the lowest RSS of the last 20 s is at most 10 % above the lowest of the first 20 s after
 * the warm-up – a leak lifts the floor the collector returns to; the sawtooth's peaks only say when it last ran.
 */
export const FLAT_MEMORY_GROWTH = 0.1

export interface MemorySample {
  second: number
  rssMb: number
}

export interface SoakResult {
  load: LoadResult
  samples: MemorySample[]
  /** The lowest and the mean RSS of the first and of the last window after the warm-up. */
  firstWindowMb: number
  lastWindowMb: number
  firstWindowMeanMb: number
  lastWindowMeanMb: number
  growth: number
  flat: boolean
  /** The process's peak resident memory so far (VmHWM). */
  peakMb: number
}

/** VmRSS and VmHWM of a process, in MB. */
export async function processMemory(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
  return { rssMb: kilobytes('VmRSS') / 1024, peakMb: kilobytes('VmHWM') / 1024 }
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)

/** Soaks the server at `url` (process `pid`) with `paths`, each connection walking through them in turn. */
export async function soak(url: string, pid: number, paths: readonly string[]): Promise<SoakResult> {
  const samples: MemorySample[] = []
  const started = performance.now()
  const sampler = setInterval(() => {
    const second = (performance.now() - started) / 1000
    void processMemory(pid).then(({ rssMb }) => samples.push({ second, rssMb }), () => undefined)
  }, 1000)
  let result: LoadResult
  try {
    result = await load(url, { ...SOAK, paths })
  } finally {
    clearInterval(sampler)
  }
  const inWindow = (from: number, to: number) => samples.filter((sample) => sample.second >= from && sample.second < to).map((sample) => sample.rssMb)
  const first = inWindow(WARM_UP_SECONDS, WARM_UP_SECONDS + WINDOW_SECONDS)
  const last = inWindow(SOAK.seconds - WINDOW_SECONDS, SOAK.seconds + 1)
  const firstWindowMb = Math.min(...first)
  const lastWindowMb = Math.min(...last)
  const growth = lastWindowMb / firstWindowMb - 1
  const { peakMb } = await processMemory(pid)
  return {
    load: result,
    samples,
    firstWindowMb,
    lastWindowMb,
    firstWindowMeanMb: mean(first),
    lastWindowMeanMb: mean(last),
    growth,
    flat: growth <= FLAT_MEMORY_GROWTH,
    peakMb,
  }
}
