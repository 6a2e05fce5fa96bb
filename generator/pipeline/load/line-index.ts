import type { SourcePosition } from "./loaded-file.js";

/** Turns UTF-16 offsets into 1-based line and column, counting `\n`, `\r\n` and `\r` as line breaks. */
export interface LineIndex {
  positionAt(offset: number): SourcePosition;
}

export function createLineIndex(text: string): LineIndex {
  const lineStarts = findLineStarts(text);
  return {
    positionAt(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const line = lastStartAtOrBefore(lineStarts, clamped);
      return { line: line + 1, column: clamped - (lineStarts[line] ?? 0) + 1 };
    },
  };
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++;
    if (code === 0x0a || code === 0x0d) starts.push(index + 1);
  }
  return starts;
}

/** Binary search: index of the greatest line start that is <= offset. */
function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
