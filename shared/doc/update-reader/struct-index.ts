/** The structs of one update by client, sorted by clock, to find the one holding an id. */
import * as Y from 'yjs';

export type Struct = Y.Item | Y.GC;

export class StructIndex {
  readonly byClient = new Map<number, Struct[]>();

  constructor(structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>) {
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue;
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  find(id: Y.ID): Struct | null {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = list[mid]!;
      if (id.clock < struct.id.clock) high = mid - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
      else return struct;
    }
    return null;
  }

  /** The clock after the update's last struct of this client (0 when it has none). */
  end(client: number): number {
    const last = this.byClient.get(client)?.at(-1);
    return last ? last.id.clock + last.length : 0;
  }
}
