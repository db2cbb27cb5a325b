import type { CliIo } from './io';

/**
 * Terminal sequences, taken out whole so no remnant ("[2J") is left: CSI (colours, clear screen,
 * cursor moves), OSC (window title, links) up to BEL or ST, DCS/SOS/PM/APC strings, two-byte escapes,
 * and their 8-bit C1 forms.
 */
const SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?|\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d-\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;

/**
 * Every other control a terminal acts on (C0 but tab and newline, so carriage returns cannot
 * overwrite a line; DEL; C1) and the marks that reorder what is shown (bidirectional overrides,
 * embeddings, isolates and directional marks).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text as a terminal should show it: nothing in it can move the cursor, clear, retitle or reorder. */
export function terminalText(text: string): string {
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/** The command line's streams with every printed text cleaned, and one line of progress of our own. */
export interface CleanIo extends CliIo {
  /** a progress line that the next one replaces (a carriage return and an erase to the line's end) */
  status(text: string): void;
}

const cleaned = new WeakSet<CliIo>();

/** Wraps the streams so that nothing printed carries a control; a wrapped io is returned as it is. */
export function cleanIo(io: CliIo): CleanIo {
  if (cleaned.has(io)) return io as CleanIo;
  const out: CleanIo = {
    stdout: (text) => io.stdout(terminalText(text)),
    stderr: (text) => io.stderr(terminalText(text)),
    status: (text) => io.stderr(`\r${terminalText(text)}\u001b[K`),
  };
  cleaned.add(out);
  return out;
}
