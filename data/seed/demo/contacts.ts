/** Contact persons (kontaktombud) for the grannsamverkan areas: obviously made-up people. */
import type { Rng } from './random.ts'
import type { DemoContactPerson } from './types.ts'

const FIRST_NAMES = [
  'Anna', 'Lars', 'Karin', 'Erik', 'Maria', 'Johan', 'Eva', 'Per', 'Lena', 'Mikael', 'Sara', 'Anders', 'Emma',
  'Peter', 'Ingrid', 'Ahmed', 'Fatima', 'Olle', 'Maja', 'Nils', 'Birgitta', 'Hassan', 'Elin', 'Gustav',
]
const LAST_NAMES = [
  'Exempelsson', 'Exempeldotter', 'Provsson', 'Testberg', 'Demoqvist', 'Påhittsson', 'Fiktivsson', 'Låtsasson',
  'Modellström', 'Mönstersson',
]

/** Obviously made-up people with numbers no one has (070-000 00 NN) and example.se mail. */
export class ContactFactory {
  private readonly used = new Set<string>()
  private counter = 0
  constructor(private readonly rng: Rng) {}

  /** A new person, never the same name twice from one factory. */
  next(isMain: boolean): DemoContactPerson {
    let first = this.rng.pick(FIRST_NAMES)
    let last = this.rng.pick(LAST_NAMES)
    while (this.used.has(`${first} ${last}`)) {
      first = this.rng.pick(FIRST_NAMES)
      last = this.rng.pick(LAST_NAMES)
    }
    this.used.add(`${first} ${last}`)
    this.counter += 1
    return {
      name: `${first} ${last}`,
      phone: `070-000 00 ${String(this.counter % 100).padStart(2, '0')}`,
      email: `${asciiLower(first)}.${asciiLower(last)}@example.se`,
      isMain,
    }
  }
}

/** Lower case with å, ä, ö and é folded to plain letters, for e-mail addresses. */
function asciiLower(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('å', 'a')
    .replaceAll('ä', 'a')
    .replaceAll('ö', 'o')
    .replaceAll('é', 'e')
}
