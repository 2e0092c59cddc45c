/** What `/api/config` tells the browser about this installation. */
export interface ClientConfig {
  /** An online basemap style to draw the layers on; null means the offline basemap. */
  basemapStyleUrl: string | null
  reportGridMetres: number
}

const fallback: ClientConfig = { basemapStyleUrl: null, reportGridMetres: 50 }

export async function fetchClientConfig(signal?: AbortSignal): Promise<ClientConfig> {
  const response = await fetch('/api/config', { signal, headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`config: HTTP ${response.status}`)
  const body = (await response.json()) as Partial<ClientConfig>
  return {
    basemapStyleUrl: typeof body.basemapStyleUrl === 'string' ? body.basemapStyleUrl : fallback.basemapStyleUrl,
    reportGridMetres: typeof body.reportGridMetres === 'number' ? body.reportGridMetres : fallback.reportGridMetres,
  }
}
