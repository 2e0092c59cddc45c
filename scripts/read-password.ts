import { stdin, stdout } from 'node:process'

/**
 * A password from the terminal (asked twice, never echoed) or, for scripts, the first line of
 * stdin. Resolves to '' when nothing was given; the caller's schema says what is wrong.
 */
export async function readPassword(interactive: boolean | undefined): Promise<string> {
  if (!interactive) return firstLine(await readAll())
  const first = await ask('Password (at least 12 characters): ')
  const again = await ask('Same password again: ')
  if (first !== again) {
    console.error('The two passwords differ. Nothing was created.')
    process.exit(1)
  }
  return first
}

async function readAll(): Promise<string> {
  let text = ''
  for await (const chunk of stdin) text += String(chunk)
  return text
}

const firstLine = (text: string) => text.split(/\r?\n/)[0] ?? ''

/** Reads one line in raw mode so the typed characters are not shown. */
function ask(prompt: string): Promise<string> {
  stdout.write(prompt)
  stdin.setRawMode(true)
  stdin.resume()
  stdin.setEncoding('utf8')
  let typed = ''
  return new Promise((resolve) => {
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\u0003') process.exit(130)
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false)
          stdin.pause()
          stdin.off('data', onData)
          stdout.write('\n')
          resolve(typed)
          return
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char
      }
    }
    stdin.on('data', onData)
  })
}
