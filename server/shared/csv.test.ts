import { describe, expect, it } from 'vitest'
import { csvCell, csvText } from './csv.ts'

describe('csv', () => {
  it('quotes cells with separators, quotes or line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('plain')).toBe('plain')
  })

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-1+2')).toBe("'-1+2")
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(null)).toBe('')
  })

  it('writes a byte-order mark, the header and CRLF rows', () => {
    expect(csvText(['id', 'name'], [[1, 'Ö'], [2, null]])).toBe('\uFEFFid;name\r\n1;Ö\r\n2;\r\n')
  })
})
