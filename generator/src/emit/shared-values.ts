import { Code, code, type LiteralValue } from "./literal-writer.js";

/** Where a value sits: the keys from its root (the root's own label first). */
export type ValuePath = readonly string[];

export interface SharingRules {
  /** Whether a value repeated here is worth a const of its own (big enough to save more than its name). */
  worthSharing(value: LiteralValue, path: ValuePath): boolean;
  /** The const's name for a value first met at `path`; must be unique (see value-names.ts). */
  nameFor(value: LiteralValue, path: ValuePath): string;
}

export interface SharedConst {
  readonly name: string;
  /** Where the value was first met. */
  readonly path: ValuePath;
  /** The value, its own repeated parts already replaced by the names of their consts. */
  readonly value: LiteralValue;
}

export interface SharedValues<T> {
  /** The roots, each repeated part replaced by its const's name. */
  readonly roots: readonly T[];
  /** One const per repeated value, each declared after the consts it uses. */
  readonly consts: readonly SharedConst[];
}

/**
 * Hoists every value that occurs two or more times across `roots` (the same example, the
 * same response list, the same parameter schema) into one named const, as a person would
 * write it once and refer to it. The largest repeated value wins: a part repeated only
 * inside one repeated value stays inline in that value's const.
 */
export function shareRepeatedValues<T extends { readonly label: string; readonly value: LiteralValue }>(
  roots: readonly T[],
  rules: SharingRules,
): SharedValues<T> {
  const ids = new ValueIds();
  const raw = new Map<number, number>();
  for (const root of roots) {
    countAll(root.value, ids, raw);
  }
  const candidate = (value: LiteralValue, path: ValuePath) =>
    isComposite(value) && (raw.get(ids.of(value)) ?? 0) >= 2 && rules.worthSharing(value, path);

  // Uses that remain once the larger repeated values are written once each.
  const uses = new Map<number, number>();
  const countUses = (value: LiteralValue, path: ValuePath): void => {
    if (candidate(value, path)) {
      const id = ids.of(value);
      const seen = uses.get(id) ?? 0;
      uses.set(id, seen + 1);
      if (seen > 0) {
        return;
      }
    }
    forEachChild(value, path, countUses);
  };
  for (const root of roots) {
    countUses(root.value, [root.label]);
  }

  const names = new Map<number, string>();
  const consts: SharedConst[] = [];
  const rewrite = (value: LiteralValue, path: ValuePath): LiteralValue => {
    if (candidate(value, path) && (uses.get(ids.of(value)) ?? 0) >= 2) {
      const id = ids.of(value);
      let name = names.get(id);
      if (name === undefined) {
        name = rules.nameFor(value, path);
        names.set(id, name);
        consts.push({ name, path, value: mapChildren(value, path, rewrite) });
      }
      return code(name);
    }
    return mapChildren(value, path, rewrite);
  };
  const rewritten = roots.map((root) => ({ ...root, value: rewrite(root.value, [root.label]) }));
  return { roots: rewritten, consts };
}

/**
 * A small integer per distinct value (hash-consing): two values get the same id exactly
 * when they print the same, and a value's id is built from its children's, so the whole
 * tree is keyed in one pass however deep it is.
 */
class ValueIds {
  private readonly byKey = new Map<string, number>();
  private readonly byObject = new WeakMap<object, number>();
  // Leaves are most of a tree: keyed by the primitive itself (a Map tells "1" from 1), not a string built for each.
  private readonly byScalar = new Map<string | number | boolean | null | undefined, number>();

  of(value: LiteralValue): number {
    if (value !== null && typeof value === "object") {
      const known = this.byObject.get(value);
      if (known !== undefined) {
        return known;
      }
      const id = this.intern(this.keyOf(value));
      this.byObject.set(value, id);
      return id;
    }
    let id = this.byScalar.get(value);
    if (id === undefined) {
      id = this.intern(value === undefined ? "u" : `s${JSON.stringify(value)}`);
      this.byScalar.set(value, id);
    }
    return id;
  }

  private keyOf(value: Code | readonly LiteralValue[] | { readonly [key: string]: LiteralValue }): string {
    if (value instanceof Code) {
      return `c${value.text}`;
    }
    if (Array.isArray(value)) {
      return `a${(value as readonly LiteralValue[]).map((item) => this.of(item)).join(",")}`;
    }
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `o${entries.map(([key, item]) => `${JSON.stringify(key)}:${this.of(item)}`).join(",")}`;
  }

  private intern(key: string): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.byKey.size;
      this.byKey.set(key, id);
    }
    return id;
  }
}

function countAll(value: LiteralValue, ids: ValueIds, counts: Map<number, number>): void {
  if (isComposite(value)) {
    const id = ids.of(value);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  forEachChild(value, [], (child) => countAll(child, ids, counts));
}

/** Objects, arrays and code: what a const can stand for (a scalar is its own shortest name). */
function isComposite(value: LiteralValue): value is Code | readonly LiteralValue[] | { [key: string]: LiteralValue } {
  return value !== null && typeof value === "object";
}

function forEachChild(value: LiteralValue, path: ValuePath, visit: (child: LiteralValue, path: ValuePath) => void) {
  if (value instanceof Code || value === null || typeof value !== "object") {
    return;
  }
  if (Array.isArray(value)) {
    (value as readonly LiteralValue[]).forEach((item, i) => {
      visit(item, [...path, String(i)]);
    });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) {
      visit(item, [...path, key]);
    }
  }
}

function mapChildren(
  value: LiteralValue,
  path: ValuePath,
  map: (child: LiteralValue, path: ValuePath) => LiteralValue,
): LiteralValue {
  if (value instanceof Code || value === null || typeof value !== "object") {
    return value;
  }
  if (Array.isArray(value)) {
    return (value as readonly LiteralValue[]).map((item, i) => map(item, [...path, String(i)]));
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, item === undefined ? undefined : map(item, [...path, key])]),
  );
}
