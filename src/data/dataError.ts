// Turns schema failures into messages that name the file, the record id, the field and what was expected.
import type { z } from 'zod';

export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

type Path = ReadonlyArray<PropertyKey>;

/** Finds the id of the record a failing path points into (a feature's properties.id or an item's id). */
export function recordIdAt(raw: unknown, path: Path): string | undefined {
  let node: unknown = raw;
  let lastId: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const id = idOf(node);
    if (id !== undefined) lastId = id;
  }
  return lastId;
}

function idOf(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  if (typeof record.id === 'string') return record.id;
  const props = record.properties as Record<string, unknown> | undefined;
  if (props && typeof props.id === 'string') return props.id;
  return undefined;
}

/** Where in a record the field sits: the path below the record (features[3].properties.name.en → properties.name.en). */
export function fieldPath(raw: unknown, path: Path): string {
  let node: unknown = raw;
  let start = 0;
  let currentId: string | undefined;
  path.forEach((key, index) => {
    if (node !== null && typeof node === 'object') {
      node = (node as Record<PropertyKey, unknown>)[key];
      const id = idOf(node);
      // A feature and its properties carry the same id: the field path starts at the feature.
      if (id !== undefined && id !== currentId) {
        start = index + 1;
        currentId = id;
      }
    }
  });
  const rest = path.slice(start).map(String);
  return rest.length > 0 ? rest.join('.') : '(record)';
}

export function describeIssue(file: string, raw: unknown, issue: z.core.$ZodIssue): string {
  const id = recordIdAt(raw, issue.path);
  const where = id ? `record "${id}"` : `item at ${issue.path.slice(0, 2).map(String).join('.') || '(root)'}`;
  return `${file}: ${where}, field "${fieldPath(raw, issue.path)}": ${issue.message}`;
}

export function parseWith<T>(schema: z.ZodType<T>, file: string, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DataError(result.error.issues.map((issue) => describeIssue(file, raw, issue)));
  }
  return result.data;
}
