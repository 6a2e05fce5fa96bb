const INDENT = "  ";
/**
 * Pieces are joined into one flat string every so often. Appending every piece to one string
 * instead builds a rope of millions of small nodes that all survive until the end, and copying
 * them from one young generation to the next made emitting 10,000 flags ~1.8 times slower.
 */
const PIECES_PER_CHUNK = 1024;

/**
 * Accumulates module text: LF line endings, two-space indentation, nothing else. Unlike a
 * printer it never looks at what it writes (no parsing, no tracking of strings or comments), so
 * the emitters decide every byte; `write` takes text without line breaks, `writeLines` takes a
 * block. At 10,000 flags a module is about 10 MB.
 * @example
 * const writer = new CodeWriter();
 * writer.line("export interface A {");
 * writer.indented(() => writer.line("readonly a: string;"));
 * writer.line("}");
 */
export class CodeWriter {
  /** Finished text, joined flat: few, large, long-lived strings. */
  readonly #chunks: string[] = [];
  /** Pieces since the last chunk: many small strings that die young once joined. */
  #pieces: string[] = [];
  #indentation = "";
  /**
   * Line breaks at the end of the text so far: 0, 1, or 2 for "ends with a blank line". The empty
   * text counts as 2: a line starts there and there is nothing to separate from.
   */
  #trailingBreaks = 2;

  /** Writes `text` (no line breaks in it), indented when it starts a line. */
  write(text: string): this {
    if (text === "") return this;
    if (this.#trailingBreaks > 0) this.#pieces.push(this.#indentation);
    this.#pieces.push(text);
    this.#trailingBreaks = 0;
    return this;
  }

  newLine(): this {
    this.#pieces.push("\n");
    if (this.#pieces.length >= PIECES_PER_CHUNK) this.#flush();
    this.#trailingBreaks = Math.min(this.#trailingBreaks + 1, 2);
    return this;
  }

  /** `write(text)`, then a line break. */
  line(text: string): this {
    return this.write(text).newLine();
  }

  /** Every line of `block` (LF-separated), each indented; empty lines stay empty. */
  writeLines(block: string): this {
    for (const text of block.split("\n")) this.line(text);
    return this;
  }

  /** Ends the current line and leaves one empty line, unless the text is empty or already ends so. */
  blankLine(): this {
    while (this.#trailingBreaks < 2) this.newLine();
    return this;
  }

  /** Runs `body` one level deeper. */
  indented(body: () => void): this {
    const outer = this.#indentation;
    this.#indentation = outer + INDENT;
    try {
      body();
    } finally {
      this.#indentation = outer;
    }
    return this;
  }

  toString(): string {
    this.#flush();
    return this.#chunks.join("");
  }

  #flush(): void {
    this.#chunks.push(this.#pieces.join(""));
    this.#pieces = [];
  }
}
