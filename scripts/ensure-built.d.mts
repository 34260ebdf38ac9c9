export function distIsStale(): boolean
export function ensureBuilt(log?: (line: string) => void): boolean
export default function globalSetup(): void
