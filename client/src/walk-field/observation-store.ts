/**
 * The phone's storage for walk observations: IndexedDB, because a photo is up to about 3 MB as
 * base64 and localStorage holds about 5 MB in all. When the phone's storage is full, IndexedDB
 * refuses the write with a QuotaExceededError; the sender then says so on screen and keeps the
 * observation in memory (it is still sent while the page is open). Without IndexedDB (some
 * private windows) every call fails the same way.
 */
import type { QueueStore } from './observation-sender.ts'
import type { QueuedObservation } from './observation-queue.ts'

const DATABASE = 'trygghetskartan-walk-field'
const STORE = 'observations'

let opening: Promise<IDBDatabase> | null = null

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'))
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'clientId' })
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'))
  }).catch((error: unknown) => {
    // The next call tries again (the person may have freed space or left private mode).
    opening = null
    throw error
  })
  return opening
}

/** Runs one request in its own transaction and resolves when the transaction is done (written to disk). */
async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase()
  return new Promise<T>((resolve, reject) => {
    const transaction = database.transaction(STORE, mode)
    const request = action(transaction.objectStore(STORE))
    transaction.oncomplete = () => resolve(request.result)
    transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('IndexedDB request failed'))
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
  })
}

export const indexedDbStore: QueueStore = {
  loadAll: () => run<unknown[]>('readonly', (store) => store.getAll()),
  put: async (item: QueuedObservation) => {
    await run('readwrite', (store) => store.put(item))
  },
  remove: async (clientId: string) => {
    await run('readwrite', (store) => store.delete(clientId))
  },
}
