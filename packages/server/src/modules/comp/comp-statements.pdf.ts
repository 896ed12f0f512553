import type { CompStatementDetail } from '@pacer/core';
import PDFDocument from 'pdfkit';

/*
 * A statement on paper: rep, period and status, then each component's lines with their English
 * explanation, the adjustments and the totals. The PDF's built-in Helvetica covers Western
 * European text (WinAnsi); the few symbols of the explanations outside it are spelled in ASCII and
 * any other character becomes "?", so no font file has to ship with Pacer.
 */

const ascii: Record<string, string> = { '→': '->', '−': '-', '≥': '>=', '≤': '<=', '\u00a0': ' ' };
// Characters of WinAnsi above Latin-1 that the standard fonts can draw.
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard PDF fonts can draw. */
export const pdfText = (text: string): string =>
  [...text]
    .map((char) => {
      if (ascii[char]) return ascii[char];
      const code = char.codePointAt(0) ?? 0;
      if (code === 9 || code === 10 || (code >= 32 && code < 127) || (code >= 160 && code <= 255)) return char;
      return winAnsiExtras.has(char) ? char : '?';
    })
    .join('');

const statusNames: Record<CompStatementDetail['status'], string> = {
  draft: 'Draft',
  reviewed: 'Reviewed',
  approved: 'Approved',
  paid: 'Paid',
};

const money = (totals: readonly { amount: string; currency: string }[]) =>
  totals.length === 0 ? '0' : totals.map((total) => `${total.currency} ${total.amount}`).join(' + ');

/** The statement as a PDF document. */
export const statementPdf = (statement: CompStatementDetail): Promise<Buffer> => {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: pdfText(`Statement ${statement.repName} ${statement.periodStart} to ${statement.periodEnd}`) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const write = (text: string, options: { bold?: boolean; size?: number; gap?: number; indent?: number } = {}) => {
    doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? 10)
      .text(pdfText(text), { indent: options.indent ?? 0 });
    if (options.gap) doc.moveDown(options.gap);
  };

  write('Commission statement', { bold: true, size: 18, gap: 0.5 });
  write(`Rep: ${statement.repName}`);
  write(`Period: ${statement.periodStart} to ${statement.periodEnd}`);
  write(`Status: ${statusNames[statement.status]}`);
  write(`Statement: ${statement.id}`, { gap: 0.5 });
  if (statement.attainment) {
    const a = statement.attainment;
    write(`Attainment: ${a.percent} % (${a.currency} ${a.credited} of a quota of ${a.currency} ${a.quota})`, {
      gap: 0.5,
    });
  }
  for (const group of statement.groups) {
    write(`${group.componentKind} ${group.componentId}: ${money(group.totals)}`, { bold: true, size: 12 });
    for (const line of group.lines) write(`${line.position}. ${line.text}`, { indent: 12 });
    doc.moveDown(0.5);
  }
  if (statement.groups.length === 0) write('No earning lines in this period.', { gap: 0.5 });
  if (statement.adjustments.length > 0) {
    write('Adjustments', { bold: true, size: 12 });
    for (const adjustment of statement.adjustments) {
      write(`${adjustment.currency} ${adjustment.amount}: ${adjustment.reason}`, { indent: 12 });
    }
    doc.moveDown(0.5);
  }
  if (statement.openCredits.length > 0) {
    write('Still open', { bold: true, size: 12 });
    for (const open of statement.openCredits) {
      const why = open.reason === 'invoice_unpaid' ? 'waits for the invoice to be paid' : 'no plan on its day';
      write(`deal ${open.dealId} of ${open.date}, ${open.currency} ${open.amount}: ${why}`, { indent: 12 });
    }
    doc.moveDown(0.5);
  }
  write(`Total: ${money(statement.totals)}`, { bold: true, size: 14 });
  if (statement.drawBalance !== '0') write(`Recoverable draw outstanding: ${statement.drawBalance}`);
  doc.end();
  return done;
};
