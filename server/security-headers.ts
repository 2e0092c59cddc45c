import helmet from 'helmet'
import type { RequestHandler } from 'express'

/**
 * Security headers on every response. The Content-Security-Policy allows no inline script;
 * MapLibre runs its worker from a blob: URL and draws images from blob: and data: URLs; an online
 * basemap adds its origins for the style, tiles, glyphs and sprites.
 */
export function securityHeaders(options: { basemapOrigins: readonly string[]; https: boolean }): RequestHandler {
  const basemap = options.basemapOrigins
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", ...basemap],
        imgSrc: ["'self'", 'data:', 'blob:', ...basemap],
        // React and MapLibre set element styles from script (allowed); no <style> or style="" markup is needed.
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.https && { upgradeInsecureRequests: [] }),
      },
    },
    // Only meaningful over HTTPS; browsers ignore it on plain HTTP anyway.
    strictTransportSecurity: options.https ? { maxAge: 31_536_000 } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    // GIS clients and other sites may read the open data.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })
}
