import { describe, expect, it } from 'vitest'
import { paragraphs } from './text-paragraphs.ts'

describe('a text as paragraphs', () => {
  it('splits at blank lines and keeps single line breaks', () => {
    expect(paragraphs('Första stycket.\r\n\r\nAndra\nmed radbrytning.\n\n\n')).toEqual([['Första stycket.'], ['Andra', 'med radbrytning.']])
  })

  it('has nothing for an empty text', () => {
    expect(paragraphs('  \n ')).toEqual([])
  })
})
