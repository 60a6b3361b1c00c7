import type { IStylesOptions } from 'docx';

/** The document's language: spelling, hyphenation and screen readers read the text as Dutch. */
export const documentLanguage = 'nl-NL';

/** The id of the paragraph style for explanations and empty answers (grey, as in the PDF). */
export const noteStyleId = 'Toelichting';
/** The id of the table style every table uses: thin grey borders, cell margins, no paragraph spacing. */
export const tableStyleId = 'Werkboektabel';

const border = 'w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"';

/**
 * The table style as WordprocessingML: the docx package writes paragraph and character styles
 * but no table styles, so this one comes in as "external styles" (docx keeps its default styles
 * beside them; `importedStyles` would replace those).
 * The header row is bold and shaded by its own cells, not by the style's conditional `firstRow`:
 * LibreOffice applies that to the first row of every table, label/value tables included.
 */
export const externalStylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${tableStyleId}"><w:name w:val="${tableStyleId}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:tblPr><w:tblBorders><w:top ${border}/><w:left ${border}/><w:bottom ${border}/><w:right ${border}/><w:insideH ${border}/><w:insideV ${border}/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

const headingColor = '1A3A5C';

/**
 * Normal (Calibri 11 pt, Dutch), Heading 1–3, the note style and the table style. Word offers
 * these in its style list, so whoever edits the copy keeps the same look.
 */
export function documentStyles(): IStylesOptions {
  const heading = (size: number, before: number, after: number) => ({
    run: { font: 'Calibri', size, bold: true, color: headingColor },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: 'Calibri', size: 22, language: { value: documentLanguage } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      heading1: heading(36, 0, 120),
      heading2: heading(28, 280, 100),
      heading3: heading(23, 200, 60),
    },
    paragraphStyles: [
      {
        id: noteStyleId,
        name: noteStyleId,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { color: '595959' },
      },
    ],
  };
}
