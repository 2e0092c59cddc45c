/**
 * The public map in headless Chromium: time from navigation to the map's first `idle` with its
 * data drawn, at a few zoom levels, and the JavaScript the page fetched on the way (gzip).
 * Each run is a fresh browser context (an empty browser cache), the p50 of the runs is reported.
 */
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { clientDistDir } from '../../server/app.ts'
import { gzipBytesOf } from '../client-size.ts'

export interface MapView {
  zoom: number
  center: readonly [number, number]
}

export interface MapIdle {
  zoom: number
  runs: number[]
  p50: number
  /** The map's zoom when it was idle: that the view asked for is the one measured. */
  zoomsAtIdle: number[]
}

export interface MapIdleBench {
  views: MapIdle[]
  /** Every JavaScript file the map page fetched (modules and the map's worker), gzip-compressed. */
  pageJavaScript: { files: number; gzipBytes: number }
}

const VIEWPORT = { width: 1280, height: 800 }

interface BenchWindow {
  __trygghetskartan?: {
    map: { jumpTo(options: object): void; on(event: string, listener: () => void): void; getZoom(): number }
    dataLoaded: boolean
    whenIdle(): Promise<void>
  }
  __benchIdleAt?: number
  __benchZoomAtIdle?: number
}

/**
 * Before any of the page's code runs: when the map adapter publishes its hook (right after it
 * creates the map, before the style or any data has loaded), move the camera to the view and note
 * the first `idle` with the data loaded. That is what opening the map at that view costs.
 * A string, not a function: tsx's transform adds helpers to functions that the page does not have.
 */
function openAtScript(view: MapView): string {
  const camera = JSON.stringify({ center: view.center, zoom: view.zoom })
  return `(() => {
    let hook
    Object.defineProperty(window, '__trygghetskartan', {
      configurable: true,
      get: () => hook,
      set(value) {
        hook = value
        if (!value || window.__benchIdleAt !== undefined) return
        value.map.jumpTo(${camera})
        value.map.on('idle', () => {
          if (!value.dataLoaded || window.__benchIdleAt !== undefined) return
          window.__benchIdleAt = performance.now()
          window.__benchZoomAtIdle = value.map.getZoom()
        })
      },
    })
  })()`
}

async function idleOnce(browser: Browser, url: string, view: MapView, scripts: Set<string>): Promise<{ ms: number; zoom: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    const origin = new URL(url).origin
    const note = (address: string) => {
      const parsed = new URL(address)
      if (parsed.origin === origin && /\.m?js$/.test(parsed.pathname)) scripts.add(parsed.pathname)
    }
    page.on('request', (request) => {
      if (request.resourceType() === 'script') note(request.url())
    })
    page.on('worker', (worker) => note(worker.url()))
    await page.addInitScript({ content: openAtScript(view) })
    page.on('pageerror', (error) => console.warn(`map page error: ${error.message}`))
    await page.goto(url)
    await page.waitForFunction(() => (window as unknown as BenchWindow).__trygghetskartan?.dataLoaded === true, null, { timeout: 60_000 })
    // Normally noted by the listener above; if the data arrived while the map was already idle, the next idle.
    return await page.evaluate(async () => {
      const target = window as unknown as BenchWindow
      if (target.__benchIdleAt === undefined) await target.__trygghetskartan?.whenIdle()
      return { ms: target.__benchIdleAt ?? performance.now(), zoom: target.__benchZoomAtIdle ?? target.__trygghetskartan?.map.getZoom() ?? Number.NaN }
    })
  } finally {
    await context.close()
  }
}

/** Opens the map `runs` times at each view; the server at `url` keeps its caches between runs, the browser does not. */
export async function benchMapIdle(url: string, views: readonly MapView[], runs: number): Promise<MapIdleBench> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const scripts = new Set<string>()
  try {
    const results: MapIdle[] = []
    for (const view of views) {
      const measured: { ms: number; zoom: number }[] = []
      for (let run = 0; run < runs; run++) measured.push(await idleOnce(browser, url, view, scripts))
      const times = measured.map((run) => run.ms)
      const sorted = [...times].sort((a, b) => a - b)
      results.push({ zoom: view.zoom, runs: times, p50: sorted[Math.floor(sorted.length / 2)]!, zoomsAtIdle: measured.map((run) => run.zoom) })
    }
    const files = [...scripts]
    return { views: results, pageJavaScript: { files: files.length, gzipBytes: await gzipBytesOf(clientDistDir, files) } }
  } finally {
    await browser.close()
  }
}
