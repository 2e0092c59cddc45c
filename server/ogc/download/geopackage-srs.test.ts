import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { spatialRefSystems } from './geopackage-srs.ts'

describe('spatialRefSystems', () => {
  it('holds the three rows every GeoPackage needs and the SWEREF 99 projections', () => {
    expect(spatialRefSystems.map((srs) => srs.srsId)).toEqual([-1, 0, 4326, 3006, 3008])
    for (const srs of spatialRefSystems.filter((row) => row.organization === 'EPSG')) {
      expect(srs.definition).toMatch(new RegExp(`AUTHORITY\\["EPSG","${srs.srsId}"\\]\\]$`))
    }
  })

  it('has definitions whose parameters PROJ itself identifies as the EPSG code (when GDAL is installed)', (context) => {
    if (!hasGdalSrsInfo()) return context.skip()
    for (const srs of spatialRefSystems.filter((row) => row.organization === 'EPSG')) {
      // Without the outer AUTHORITY node PROJ has to recognise the projection by its parameters.
      const anonymous = srs.definition.replace(/,AUTHORITY\["EPSG","\d+"\]\]$/, ']')
      expect(anonymous).not.toContain(`"${srs.srsId}"`)
      const identified = execFileSync('gdalsrsinfo', ['-e', anonymous], { encoding: 'utf8' })
      expect(identified, srs.srsName).toContain(`EPSG:${srs.srsId}\n`)
      // A near miss (a wrong meridian, say) is still named, but with "Confidence in this match: 25 %".
      expect(identified, srs.srsName).not.toMatch(/Confidence/)
    }
  })
})

function hasGdalSrsInfo(): boolean {
  try {
    execFileSync('gdalsrsinfo', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
