import type { IncomingMessage } from 'node:http'

/** A response body read up to a byte cap. */
export interface CappedBody {
  readonly bytes: Buffer
  /** True when the body was longer than the cap and the rest was discarded unread. */
  readonly truncated: boolean
}

/** Failure while reading a body: the connection closed early, or the signal aborted the read. */
export class BodyReadError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
    this.name = 'BodyReadError'
  }
}

/**
 * Reads a response body, keeping at most `maxBytes`. Once the cap is passed, the response is
 * destroyed so that a huge body neither fills memory nor keeps the socket busy. The read fails
 * when the connection closes before the body ends or when `signal` aborts, so a stalled server
 * cannot hold the check past its deadline. http-client's `readBody` has neither guard.
 */
export function readCappedBody(
  message: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal
): Promise<CappedBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    let settled = false

    const finish = (outcome: () => void): void => {
      if (settled) {
        return
      }
      settled = true
      signal.removeEventListener('abort', onAbort)
      outcome()
    }

    const onAbort = (): void => {
      finish(() => reject(new BodyReadError('reading the response body was aborted', 'ABORT_ERR')))
      message.destroy()
    }

    if (signal.aborted) {
      onAbort()
      return
    }
    signal.addEventListener('abort', onAbort, { once: true })

    message.on('data', (chunk: Buffer) => {
      const room = maxBytes - length
      if (chunk.length <= room) {
        chunks.push(chunk)
        length += chunk.length
        return
      }

      chunks.push(chunk.subarray(0, room))
      length = maxBytes
      finish(() => resolve({ bytes: Buffer.concat(chunks), truncated: true }))
      message.destroy()
    })

    message.on('end', () => {
      finish(() => resolve({ bytes: Buffer.concat(chunks), truncated: false }))
    })

    message.on('error', (cause: unknown) => {
      const code = (cause as { code?: unknown }).code
      finish(() =>
        reject(
          new BodyReadError(
            'the connection closed before the response body was complete',
            typeof code === 'string' ? code : 'ECONNRESET'
          )
        )
      )
    })

    message.on('close', () => {
      finish(() =>
        reject(
          new BodyReadError(
            'the connection closed before the response body was complete',
            'ERR_BODY_INCOMPLETE'
          )
        )
      )
    })
  })
}
