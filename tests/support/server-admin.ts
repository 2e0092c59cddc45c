import pg from 'pg'
import { serverTestUrl } from './test-backends.ts'

/** Runs one statement on the server named by TEST_DATABASE_URL (CREATE/DROP DATABASE need their own connection). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverTestUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
