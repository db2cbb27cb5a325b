/**
 * A translated line whose placeholders left open ({reviewer}, {leaf}) are workbook text: each is put
 * in as its own element marked data-workbook, so an English line keeps the Chinese a user typed
 * apart from the pane's words (and the screen checks can tell the two apart).
 */
import { Fragment, type ReactNode } from 'react';

export function withWorkbookText(line: string, texts: Record<string, string>): ReactNode {
  return line.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name !== undefined && name in texts) return <span key={i} data-workbook>{texts[name]}</span>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}
