/**
 * API-use counter. Every property read, property write and method call a plugin makes through a node
 * (or through `figma`) crosses from the sandbox into the host in real FigJam; benchmarks report these
 * counts, e.g. reads per sticky. Counting is a few integer increments so 10,000-sticky runs stay fast.
 * The user module and `inspect` never count.
 */

type Tally = Record<string, Record<string, number>>

/** A plain copy of the counts at one moment. Keys of the flat maps are `TYPE.member`, e.g. `STICKY.x`. */
export interface ApiCountSnapshot {
  /** Property reads per node type (`figma` for the global). */
  readonly reads: Record<string, number>
  /** Property writes per node type. */
  readonly writes: Record<string, number>
  /** Method calls keyed `TYPE.method`, e.g. `STICKY.getPluginData`, `figma.getNodeByIdAsync`. */
  readonly calls: Record<string, number>
  /** Property reads keyed `TYPE.property`, e.g. `STICKY.text.characters`. */
  readonly readsByProperty: Record<string, number>
  /** Property writes keyed `TYPE.property`. */
  readonly writesByProperty: Record<string, number>
  /** Reads + writes + calls. */
  readonly total: number
}

/** Counts API use; see the module comment. */
export class ApiCounter {
  private readTally: Tally = {}
  private writeTally: Tally = {}
  private callTally: Tally = {}

  /** Record one property read. */
  read(type: string, property: string): void {
    bump(this.readTally, type, property)
  }

  /** Record one property write. */
  write(type: string, property: string): void {
    bump(this.writeTally, type, property)
  }

  /** Record one method call. */
  call(type: string, method: string): void {
    bump(this.callTally, type, method)
  }

  /** Property reads per node type, e.g. `reads.STICKY`. */
  get reads(): Record<string, number> {
    return perType(this.readTally)
  }

  /** Property writes per node type. */
  get writes(): Record<string, number> {
    return perType(this.writeTally)
  }

  /** Method calls keyed `TYPE.method`, e.g. `calls['STICKY.getPluginData']`. */
  get calls(): Record<string, number> {
    return flat(this.callTally)
  }

  /** Property reads keyed `TYPE.property`. */
  get readsByProperty(): Record<string, number> {
    return flat(this.readTally)
  }

  /** Reads + writes + calls so far. */
  get total(): number {
    return sum(this.readTally) + sum(this.writeTally) + sum(this.callTally)
  }

  /** Start counting from zero. */
  reset(): void {
    this.readTally = {}
    this.writeTally = {}
    this.callTally = {}
  }

  /** A plain copy of all counts. */
  snapshot(): ApiCountSnapshot {
    return {
      reads: this.reads,
      writes: this.writes,
      calls: this.calls,
      readsByProperty: this.readsByProperty,
      writesByProperty: flat(this.writeTally),
      total: this.total
    }
  }
}

function bump(tally: Tally, type: string, member: string): void {
  const perMember = tally[type] ?? (tally[type] = {})
  perMember[member] = (perMember[member] ?? 0) + 1
}

function perType(tally: Tally): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [type, members] of Object.entries(tally)) out[type] = sumValues(members)
  return out
}

function flat(tally: Tally): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [type, members] of Object.entries(tally)) {
    for (const [member, count] of Object.entries(members)) out[`${type}.${member}`] = count
  }
  return out
}

function sum(tally: Tally): number {
  let total = 0
  for (const members of Object.values(tally)) total += sumValues(members)
  return total
}

function sumValues(members: Record<string, number>): number {
  let total = 0
  for (const count of Object.values(members)) total += count
  return total
}
