/**
 * What every browser test needs: Debian's Chromium launched the same way, a folder for
 * screenshots, and the page checks (axe for WCAG 2.1 AA, text running off a phone screen, touch
 * targets under 44 px).
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/screenshots')

export function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true })
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

/** axe's WCAG 2.1 A and AA violations on the page as it is now. */
export async function runAxe(page: Page) {
  // Evaluated, not added as a <script>: the Content-Security-Policy forbids inline scripts.
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe
    // The WebGL canvas is a picture of the map; everything on it is also in the list.
    const result = await axe.run(
      { exclude: [['.maplibregl-canvas']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    )
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }))
  })
}

/** Text that runs off a phone screen (WCAG 1.4.10). */
export function overflowing(page: Page) {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('h1, h2, h3, p, li, dt, dd, a, button, label, input, select, th, td')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.tagName} ${element.textContent?.trim().slice(0, 40)}`),
    ...(document.documentElement.scrollWidth > window.innerWidth ? [`page ${document.documentElement.scrollWidth}px wide`] : []),
  ])
}

/** Elements a finger must hit that are smaller than 44 × 44 px. */
export function smallTargets(page: Page, selector: string) {
  return page.evaluate(
    (query) =>
      [...document.querySelectorAll<HTMLElement>(query)]
        .filter((element) => element.offsetParent !== null)
        .map((element) => ({ text: element.textContent?.trim(), box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 43.5 || box.width < 43.5)
        .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
    selector,
  )
}

/** What pages ran into: Content-Security-Policy violations and uncaught errors, each with its page's address. */
export interface PageProblems {
  csp: string[]
  errors: string[]
}

/** Before the page's own code runs: note its CSP violations (as the page and the console report them) and uncaught errors. */
export async function watchPage(page: Page, problems: PageProblems): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) problems.csp.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.errors.push(`${page.url()}: ${error.message}`))
}

/** Collects the CSP violations a watched page saw itself, then closes it. */
export async function closeWatched(page: Page, problems: PageProblems): Promise<void> {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  problems.csp.push(...seen.map((violation) => `${page.url()}: violation ${violation}`))
  await page.close()
}
