/** `npm start`: builds the client when its sources changed, then serves the app and the API. */
import { buildClient, isClientBuildCurrent } from './client-build.ts'

if (!(await isClientBuildCurrent())) {
  console.log('Building the web client…')
  await buildClient()
}
await import('../server/main.ts')
