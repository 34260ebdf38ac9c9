// The line of a role inside its input file, for SARIF regions and the table. Roles come in
// file order, so each search starts where the previous one ended: one pass over the text.
export class LineLocator {
  private offset = 0
  private line = 1

  constructor(private readonly text: string) {}

  /** 1-based line of the next occurrence of `needle`; undefined when the text lacks it. */
  lineOf(needle: string): number | undefined {
    let at = this.text.indexOf(needle, this.offset)
    if (at < 0) {
      at = this.text.indexOf(needle)
      if (at < 0) return undefined
      this.offset = 0
      this.line = 1
    }
    for (let i = this.text.indexOf('\n', this.offset); i >= 0 && i < at; i = this.text.indexOf('\n', i + 1)) this.line++
    this.offset = at
    return this.line
  }
}
