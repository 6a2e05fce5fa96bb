import * as ion from "ion-js";
import type { RuleNode } from "../../../generator/pipeline/load/native/rules/rule-syntax.js";

/** A value-level view of Ion data, comparable between ion-js and our parser. */
export interface IonShape {
  readonly type: string;
  readonly annotations: readonly string[];
  readonly value?: string | number | boolean;
  readonly items?: readonly IonShape[];
}

/** Reads Ion text with ion-js (the reference implementation) into shapes, one per top-level value. */
export function ionJsShapes(text: string): IonShape[] {
  const reader = ion.makeReader(text);
  return readAll(reader);
}

function readAll(reader: ion.Reader): IonShape[] {
  const shapes: IonShape[] = [];
  for (let type = reader.next(); type !== null; type = reader.next()) {
    const annotations = reader.annotations();
    if (type.isContainer) {
      reader.stepIn();
      shapes.push({ type: type.name, annotations, items: readAll(reader) });
      reader.stepOut();
    } else shapes.push({ type: type.name, annotations, value: scalar(reader, type.name) });
  }
  return shapes;
}

function scalar(reader: ion.Reader, type: string): string | number | boolean {
  if (type === "decimal") return reader.decimalValue()?.numberValue() ?? Number.NaN;
  if (type === "int" || type === "float") return reader.numberValue() ?? Number.NaN;
  if (type === "timestamp") return reader.timestampValue()?.getDate().getTime() ?? Number.NaN;
  if (type === "bool") return reader.booleanValue() ?? false;
  return reader.stringValue() ?? "";
}

/** The same view of our syntax tree. */
export function nodeShape(node: RuleNode): IonShape {
  const annotations = node.annotations.map((annotation) => annotation.name);
  switch (node.kind) {
    case "sexp":
    case "list":
      return { type: node.kind, annotations, items: node.items.map(nodeShape) };
    case "symbol":
      return { type: "symbol", annotations, value: node.name };
    case "string":
    case "bool":
      return { type: node.kind, annotations, value: node.value };
    case "timestamp":
      return { type: "timestamp", annotations, value: node.epochMs };
    default:
      return { type: node.kind, annotations, value: node.value };
  }
}
