export const BUILD_INPUTS: string[]
export const HASH_FILE: string
export function buildInputsHash(root: string): string
