/**
 * Markdown that inkoop generated (letters, reports) as a Word document:
 * headings, paragraphs with bold and italic, lists and tables, on A4. The
 * Markdown is read with marked's lexer, so escapes and entities come out as
 * the characters they stand for; nothing in it is run or linked.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

interface Style {
  bold?: boolean;
  italics?: boolean;
}

function runs(tokens: readonly Token[] | undefined, style: Style = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push(...runs((t as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...runs((t as Tokens.Em).tokens, { ...style, italics: true }));
        break;
      case 'br':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'codespan':
        out.push(
          new TextRun({ text: decode((t as Tokens.Codespan).text), font: 'Courier New', ...style }),
        );
        break;
      case 'text': {
        const tt = t as Tokens.Text;
        if (tt.tokens?.length) out.push(...runs(tt.tokens, style));
        else out.push(new TextRun({ text: decode(tt.text), ...style }));
        break;
      }
      case 'link':
        out.push(...runs((t as Tokens.Link).tokens, style));
        break;
      default:
        // escape, html and anything else: its text, as text.
        out.push(new TextRun({ text: decode((t as { text?: string }).text ?? t.raw), ...style }));
    }
  }
  return out;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function tableOf(t: Tokens.Table): Table {
  const align = (i: number) => (t.align[i] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const cell = (c: Tokens.TableCell, i: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: align(i),
          children: runs(c.tokens, header ? { bold: true } : {}),
        }),
      ],
      borders: { top: border, bottom: border, left: border, right: border },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.header.map((c, i) => cell(c, i, true)) }),
      ...t.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function blocks(tokens: readonly Token[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'heading': {
        const h = t as Tokens.Heading;
        out.push(
          new Paragraph({ heading: HEADINGS[Math.min(h.depth, 3) - 1], children: runs(h.tokens) }),
        );
        break;
      }
      case 'paragraph':
        out.push(
          new Paragraph({
            children: runs((t as Tokens.Paragraph).tokens),
            spacing: { after: 160 },
          }),
        );
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) {
          const inline = item.tokens.flatMap((x) =>
            x.type === 'text' || x.type === 'paragraph' ? ((x as Tokens.Text).tokens ?? [x]) : [x],
          );
          out.push(new Paragraph({ bullet: { level: 0 }, children: runs(inline) }));
        }
        break;
      case 'table':
        out.push(tableOf(t as Tokens.Table), new Paragraph({ children: [] }));
        break;
      case 'code':
        out.push(
          new Paragraph({
            children: [new TextRun({ text: (t as Tokens.Code).text, font: 'Courier New' })],
          }),
        );
        break;
      case 'space':
      case 'hr':
        break;
      default:
        out.push(
          new Paragraph({
            children: [new TextRun({ text: decode((t as { text?: string }).text ?? t.raw) })],
          }),
        );
    }
  }
  return out;
}

/** A .docx file (A4, 2.5 cm margins) of a Markdown text; `title` goes into its properties. */
export async function markdownToDocx(
  markdown: string,
  title: string,
  lang: string,
): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: 'inkoop',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: lang } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 },
          },
        },
        children: blocks(new Lexer({ gfm: true }).lex(markdown)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
