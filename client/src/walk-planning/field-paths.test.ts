import { describe, expect, it } from 'vitest'
import { ApiError } from '../data/api-client.ts'
import { onTopLevelFields } from './field-paths.ts'

describe('server problems inside the route', () => {
  it('are shown at the route field', () => {
    const error = new ApiError(400, 'invalid_input', 'Invalid', 'Ogiltigt', [
      { field: 'route.coordinates', message: 'Two points', message_sv: 'Två punkter' },
      { field: 'title', message: 'Short', message_sv: 'Kort' },
    ])
    const moved = onTopLevelFields(error) as ApiError
    expect(moved.fields.map((problem) => problem.field)).toEqual(['route', 'title'])
    expect(moved.messageSv).toBe('Ogiltigt')
  })

  it('leave other errors as they are', () => {
    const error = new ApiError(403, 'forbidden', 'No', 'Nej')
    expect(onTopLevelFields(error)).toBe(error)
    const thrown = new Error('network')
    expect(onTopLevelFields(thrown)).toBe(thrown)
  })
})
