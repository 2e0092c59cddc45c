import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PERIOD_2016_2017, PROMISES_2016_2017 } from './promise-2016-2017.ts'

const source = readFileSync(path.resolve(import.meta.dirname, '../open/medborgarloften/kristinehamn-2016-2017.txt'), 'utf8')

/** The document's lines between its title and its signature, without the list's bullets. */
const documentLines = source
  .split('\n')
  .map((line) => line.trim().replace(/^• /, ''))
  .filter((line) => line !== '')
  .slice(source.split('\n').filter((line) => line.trim() !== '').findIndex((line) => line.includes('– medborgarlöften')) + 1, -1)

/** Headings the page draws itself. */
const HEADINGS = ['Medborgarlöfte 2016-2017', 'Uppföljning']

describe('the 2016–2017 promise', () => {
  it('leaves no line of the document out', () => {
    const paragraphs = [
      ...PERIOD_2016_2017.introduction.split('\n\n'),
      PERIOD_2016_2017.problemTitle,
      PERIOD_2016_2017.problemPicture,
      ...PERIOD_2016_2017.goal.split('\n\n'),
      ...PROMISES_2016_2017.flatMap((promise) => [promise.text, `Ansvarig: ${promise.responsibleText}`]),
      PERIOD_2016_2017.followUp,
      PERIOD_2016_2017.validity,
    ]
    expect(documentLines.filter((line) => !HEADINGS.includes(line))).toEqual(paragraphs)
  })

  it('quotes every text of the document word for word', () => {
    const texts = [
      PERIOD_2016_2017.problemTitle,
      PERIOD_2016_2017.problemPicture,
      PERIOD_2016_2017.goal,
      PERIOD_2016_2017.followUp,
      PERIOD_2016_2017.validity,
      ...PERIOD_2016_2017.introduction.split('\n\n'),
      ...PROMISES_2016_2017.map((promise) => promise.text),
    ]
    for (const text of texts) expect(source).toContain(text)
  })

  it('names the responsible party as the document does', () => {
    for (const promise of PROMISES_2016_2017) {
      expect(source).toContain(`${promise.text}\n  Ansvarig: ${promise.responsibleText}`)
    }
  })

  it('has the five promises, walks and start-up meetings with a target of two a year', () => {
    expect(PROMISES_2016_2017).toHaveLength(5)
    const targets = PROMISES_2016_2017.flatMap((promise) => promise.indicators).filter((indicator) => indicator.target !== null)
    expect(targets.map((indicator) => [indicator.kind, indicator.target])).toEqual([
      ['walks_done', 2],
      ['startup_meetings', 2],
    ])
  })
})
