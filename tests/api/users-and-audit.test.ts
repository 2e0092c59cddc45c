import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiSession } from '../support/api-session.ts'
import { updateUser } from '../../server/users/users.ts'
import { logInAs } from '../support/api-session.ts'
import { validAreaGeometry } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

describe.each(backends)('accounts and the audit log on the %s database', (backend) => {
  let server: TestServer
  let admin: ApiSession

  beforeAll(async () => {
    server = await startTestServer({ backend })
    admin = await logInAs(server.url, server.db, 'admin')
  })
  afterAll(() => server.close())

  it('an admin creates an account; the same address twice is refused in any letter case', async () => {
    const created = await admin.post('/api/users', {
      email: 'Anna.Polis@Kristinehamn.example',
      display_name: 'Anna Polis',
      role: 'polis',
      password: 'ett långt startlösenord',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ email: 'anna.polis@kristinehamn.example', role: 'polis', disabled: false })
    const again = await admin.post('/api/users', { email: 'anna.polis@kristinehamn.example', role: 'kommun', municipality_code: '1781', password: 'ett långt startlösenord' })
    expect(again.status).toBe(409)
    expect(again.body.error.message_sv).toContain('finns redan')
    const listed = (await admin.get('/api/users')).body.users
    expect(listed.map((user: { email: string }) => user.email)).toContain('anna.polis@kristinehamn.example')
    expect(JSON.stringify(listed)).not.toContain('password')
  })

  it('an admin cannot lock themself out', async () => {
    const me = (await admin.get('/api/auth/session')).body.user
    for (const change of [{ disabled: true }, { role: 'kommun' }]) {
      const answer = await admin.patch(`/api/users/${me.id}`, change)
      expect(answer.status).toBe(409)
      expect(answer.body.error.code).toBe('own_account')
    }
    expect((await admin.patch(`/api/users/${me.id}`, { display_name: 'Admin Adminsson' })).status).toBe(200)
    expect((await admin.patch('/api/users/999999', { role: 'polis' })).status).toBe(404)
  })

  it('keeps at least one active admin, whoever makes the change', async () => {
    const me = (await admin.get('/api/auth/session')).body.user
    const others = await server.db.query<{ id: number }>(
      `UPDATE app_user SET disabled_at = now() WHERE role = 'admin' AND disabled_at IS NULL AND id <> $1 RETURNING id`,
      [me.id],
    )
    try {
      const commandLine = { userId: null, label: 'cli' }
      await expect(updateUser(server.db, me.id, { role: 'polis' }, commandLine)).rejects.toMatchObject({ code: 'last_admin' })
      await expect(updateUser(server.db, me.id, { disabled: true }, commandLine)).rejects.toMatchObject({ code: 'last_admin' })
    } finally {
      await server.db.query('UPDATE app_user SET disabled_at = NULL WHERE id = ANY($1)', [others.map((row) => row.id)])
    }
  })

  it('records who changed what, with the values before and after, and filters by object', async () => {
    const created = (await admin.post('/api/users', { email: 'bo.kommun@kristinehamn.example', role: 'kommun', municipality_code: '1781', password: 'ett långt startlösenord' })).body
    await admin.patch(`/api/users/${created.id}`, { role: 'polis', password: 'ett annat långt lösenord' })
    await admin.patch('/api/watch-areas/2', { households: 77, geometry: validAreaGeometry })

    const userHistory = (await admin.get(`/api/audit?object_type=user&object_id=${created.id}`)).body.entries
    expect(userHistory.map((entry: { action: string }) => entry.action)).toEqual(['update', 'create'])
    const [update] = userHistory
    expect(update.before).toMatchObject({ role: 'kommun' })
    expect(update.after).toMatchObject({ role: 'polis', password: 'changed' })
    expect(JSON.stringify(userHistory)).not.toContain('ett annat långt lösenord')
    expect(update.actor).toMatch(/^admin\./)
    expect(update.request_id).toMatch(/^[0-9a-f-]{36}$/)

    const areaHistory = (await admin.get('/api/audit?object_type=watch_area&object_id=2')).body.entries
    expect(areaHistory[0].before.households).not.toBe(77)
    expect(areaHistory[0].after.households).toBe(77)
    expect(areaHistory[0].after.geometry.type).toBe('MultiPolygon')
    expect(areaHistory[0].after.area_m2).toBeGreaterThan(5000)
    // Only what changed is kept: not the name, nor the time of the change itself.
    expect(Object.keys(areaHistory[0].after).sort()).toEqual(['area_m2', 'geometry', 'households'])
  })

  it('pages through the log newest first', async () => {
    const first = (await admin.get('/api/audit?limit=2')).body
    expect(first.entries).toHaveLength(2)
    expect(Number(first.entries[0].id)).toBeGreaterThan(Number(first.entries[1].id))
    const second = (await admin.get(`/api/audit?limit=2&before_id=${first.next_before_id}`)).body
    expect(Number(second.entries[0].id)).toBeLessThan(Number(first.entries[1].id))
    expect((await admin.get('/api/audit?limit=1000')).status).toBe(400)
  })

  it('keeps the log append-only, even for someone with database access through the app', async () => {
    await expect(server.db.query(`UPDATE audit_entry SET actor = 'someone else'`)).rejects.toThrow(/cannot be changed/)
    await expect(server.db.query('DELETE FROM audit_entry')).rejects.toThrow(/cannot be changed/)
  })

  it('a change to an area is checked, stored and returned in WGS84', async () => {
    const police = await logInAs(server.url, server.db, 'polis')
    const changed = await police.patch('/api/watch-areas/3', { households: null, signs_condition: 'damaged', notes: 'Skylt nedriven vid infarten.' })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ households: null, signs_condition: 'damaged', notes: 'Skylt nedriven vid infarten.' })
    const moved = await police.patch('/api/watch-areas/3', { geometry: validAreaGeometry })
    const [lon, lat] = moved.body.geometry.coordinates[0][0][0]
    expect(lon).toBeCloseTo(14.1, 5)
    expect(lat).toBeCloseTo(59.31, 5)
    expect((await police.patch('/api/watch-areas/999999', { households: 1 })).status).toBe(404)
  })
})
