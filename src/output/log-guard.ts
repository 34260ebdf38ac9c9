// Every line the action prints passes through here: whatever a stage forgot to escape, no
// printed line can contain `##[`, start with `::`, or hide characters. The commands the action
// means to write (add-mask, annotations, groups) are produced by @actions/core around the text.
import type { AnnotationProperties } from '@actions/core'
import type { CoreApi } from './core-api.js'
import { linesSafe, logSafe } from './escape.js'

type Message = string | Error

const text = (m: Message): string => linesSafe(typeof m === 'string' ? m : m.toString())

function safeProperties(p: AnnotationProperties | undefined): AnnotationProperties | undefined {
  if (!p) return p
  return { ...p, title: p.title === undefined ? undefined : logSafe(p.title) }
}

/** The same CoreApi, with every message, group title and annotation title made log-safe (idempotently). */
export function guardedCore(core: CoreApi): CoreApi {
  return {
    ...core,
    info: (m) => core.info(text(m)),
    debug: (m) => core.debug(text(m)),
    startGroup: (name) => core.startGroup(text(name)),
    notice: (m, p) => core.notice(text(m), safeProperties(p)),
    warning: (m, p) => core.warning(text(m), safeProperties(p)),
    error: (m, p) => core.error(text(m), safeProperties(p))
  }
}
