// Advice for the common causes of a failed check. Each text is written once and appended wherever
// that cause applies, so the same situation always reads the same way.

export const MISSING_SECRET_ADVICE =
  'Workflows triggered from a fork receive no secrets, and Dependabot runs read Dependabot secrets, ' +
  'not Actions secrets. Check that the secret exists for this repository or environment and that ' +
  'the workflow passes it to the step.'

export const CHECK_SECRETS_ADVICE =
  "Check which secrets the workflow passes: 'api-id' takes the API ID and 'api-token' the API " +
  'token, not swapped, and both from the same key.'

export const NEW_KEY_ADVICE =
  'If the key was deleted or rotated, create a new one in the Aircall Dashboard ' +
  '(Integrations & API, API keys) and update both secrets.'

export const PASTE_AGAIN_ADVICE =
  'Copy the value again from where the key was first saved and update the secret.'

export const TLS_ADVICE =
  'If the runner reaches the internet through a TLS-inspecting proxy, add that proxy’s CA ' +
  'certificate with the NODE_EXTRA_CA_CERTS environment variable. The action never disables ' +
  'certificate verification.'

export const RATE_LIMIT_ADVICE =
  'Aircall allows 120 requests per minute per company, shared by every key and integration of ' +
  'the company, so other traffic can use it up. Raise timeout-seconds or max-attempts so that ' +
  'the check can wait longer, or schedule it at a quieter minute.'

export const OUTAGE_ADVICE = 'This says nothing about the key. Run the check again later.'

export const WARN_ADVICE =
  'Set on-unavailable: warn to let a deploy go on through an Aircall outage.'
