import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { sv } from './sv.ts'

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value !== 'object' || value === null) return []
  return Object.values(value).flatMap(leaves)
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

describe('translations', () => {
  it('have the same keys in Swedish and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(sv).sort())
  })

  it('use the same placeholders in both languages', () => {
    // Each language's texts once, paired with their paths (both lists walk the object in the same order).
    const textsByPath = (resources: object) => {
      const texts = leaves(resources)
      return new Map(keyPaths(resources).map((path, index) => [path, texts[index]]))
    }
    const svLeaves = textsByPath(sv)
    const enLeaves = textsByPath(en)
    for (const [path, text] of svLeaves) {
      expect(placeholders(enLeaves.get(path) ?? ''), path).toEqual(placeholders(text ?? ''))
    }
  })

  it('have no empty texts', () => {
    for (const text of [...leaves(sv), ...leaves(en)]) expect(text.trim()).not.toBe('')
  })
})
