import { describe, expect, it } from 'vitest'
import * as server from '../../../server/shared/api/planning-schemas.ts'
import * as client from './measure-options.ts'

describe('the measure value lists the browser repeats', () => {
  it('are the server schema lists', () => {
    expect(client.measureTypes).toEqual(server.measureTypes)
    expect(client.measureStates).toEqual(server.measureStates)
    expect(client.measureResponsibles).toEqual(server.measureResponsibles)
    expect(client.DEFAULT_EFFECT_RADIUS_METRES).toBe(server.DEFAULT_EFFECT_RADIUS_METRES)
    expect(client.MAX_EFFECT_MONTHS).toBe(server.MAX_EFFECT_MONTHS)
  })

  it('keep the radius within what the server takes', () => {
    expect(server.effectQuery.safeParse({ radius_m: String(client.MIN_EFFECT_RADIUS_METRES) }).success).toBe(true)
    expect(server.effectQuery.safeParse({ radius_m: String(client.MAX_EFFECT_RADIUS_METRES) }).success).toBe(true)
    expect(server.effectQuery.safeParse({ radius_m: String(client.MIN_EFFECT_RADIUS_METRES - 1) }).success).toBe(false)
    expect(server.effectQuery.safeParse({ radius_m: String(client.MAX_EFFECT_RADIUS_METRES + 1) }).success).toBe(false)
  })

  it('let the municipality and admins edit, the police read', () => {
    expect(client.canEditMeasures('kommun')).toBe(true)
    expect(client.canEditMeasures('admin')).toBe(true)
    expect(client.canEditMeasures('polis')).toBe(false)
    expect(client.canEditMeasures(undefined)).toBe(false)
  })
})
