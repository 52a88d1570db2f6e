/** Name and version sent in the User-Agent header; a test keeps the version equal to package.json. */
export const ACTION_NAME = 'aircall-credentials-check'
export const ACTION_VERSION = '1.0.0'

export const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`
