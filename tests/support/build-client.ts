/** Browser tests need the built client; build it when a source is newer than the last build. */
import { isClientBuildCurrent, buildClient } from '../../scripts/client-build.ts'

export default async function setup() {
  if (!(await isClientBuildCurrent())) await buildClient()
}
