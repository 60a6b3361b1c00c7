import { join } from 'node:path';
import { writeBarePdf } from '../lib/bare-pdf';
import { reportReady } from '../lib/child';
import { timeMs } from '../lib/measure';

/** The cold baseline: the first bare pdfkit document in a fresh process. `node pdf-bare.cjs FONTS_DIR PAGES OUT_FILE` */
const [fontsDir, pages, outFile] = process.argv.slice(2);
if (!fontsDir || !pages || !outFile) throw new Error('usage: pdf-bare.cjs FONTS_DIR PAGES OUT_FILE');
const font = (cut: string) => join(fontsDir, `${cut}.ttf`);
const fonts = { regular: font('regular'), italic: font('italic'), semibold: font('semibold'), bold: font('bold') };
void timeMs(() => writeBarePdf(fonts, Number(pages), outFile)).then((ms) => reportReady(ms));
