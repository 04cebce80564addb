// Report files made at test time from a hand-written report (no real report is pulled in): a PDF with
// a text layer, running header and page-number footer (headless Chromium's page.pdf), a .docx with a
// header and page-number footer (the docx package), a scanned PDF (an image of text, no text layer),
// a password-protected PDF and a truncated one.
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Browser } from 'playwright-core';

export const TITLE = '嘉兴市人民政府关于2022年度法治政府建设情况的报告';
export const HEADER = '嘉兴市人民政府文件';

/** Paragraphs of the hand-written report (title excluded). Long enough to fill several pages. */
export const PARAGRAPHS: string[] = [
  '2022年，嘉兴市人民政府在省委、省政府的坚强领导下，深入学习贯彻习近平法治思想，全面推进法治政府建设，各项工作取得明显成效。现将有关情况报告如下。',
  '一、2022年法治政府建设主要举措和成效',
  '（一）深化行政审批制度改革。全面推行证明事项告知承诺制，在全省率先实现企业开办全流程一网通办，平均办理时间压缩至1个工作日以内。深入推进“最多跑一次”改革，政务服务事项网上可办率达到100%。',
  ...[
    '坚持重大行政决策合法性审查，全年审查市政府重大决策事项和规范性文件，做到应审尽审，未发现违法决策情形，行政决策的科学化、民主化、法治化水平进一步提高。',
    '加强行政复议和行政应诉工作，推动行政机关负责人出庭应诉，复议案件办理质量稳步提升，以案促改、以案促治的成效逐步显现，群众对复议工作的满意度持续上升。',
    '健全政府法律顾问制度，法律顾问参与重大事项论证的机制更加完善，政府合同审查做到全覆盖，依法防范化解各类风险的能力明显增强，未发生重大法律纠纷。',
    '强化行政执法监督，开展行政执法案卷评查，对发现的问题逐项督促整改，执法人员持证上岗和资格管理制度落实到位，执法行为更加规范，执法效能不断提升。',
    '推进政务公开标准化规范化建设，主动公开政府信息，依申请公开办理及时规范，政策解读和回应关切更加有力，政府工作的透明度和公信力进一步增强。',
  ].flatMap((p, i) => [p, `在此基础上，第${i + 1}批次重点工作按照年度计划有序推进，相关部门各司其职、密切配合，确保各项任务按期保质完成，取得了良好的法律效果和社会效果。`]),
  '（二）严格规范公正文明执法。全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。深化“双随机、一公开”监管，全年开展跨部门联合抽查326次。嘉兴市被确定为全国综合行政执法体制改革试点城市。',
  '（三）加强重点领域立法。制定《嘉兴市文明行为促进条例》，修订《嘉兴市城市市容和环境卫生管理条例》，认真贯彻实施《中华人民共和国行政处罚法》。',
  '二、存在的不足和下一步工作安排',
  '下一步，我们将持续深化法治政府建设，推进包容审慎监管，不断提升依法行政水平。',
  '嘉兴市人民政府',
  '2023年3月20日',
];

/** Sentences that must come out of every reader whole (no page break or line wrap left inside). */
export const SENTENCES = [
  '全面推行证明事项告知承诺制，在全省率先实现企业开办全流程一网通办，平均办理时间压缩至1个工作日以内。',
  '嘉兴市被确定为全国综合行政执法体制改革试点城市。',
  '制定《嘉兴市文明行为促进条例》，修订《嘉兴市城市市容和环境卫生管理条例》，认真贯彻实施《中华人民共和国行政处罚法》。',
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function reportHtml(): string {
  const body = PARAGRAPHS.map((p) => {
    const plain = /^[一二三四五六七八九十]、/.test(p) || /^嘉兴市人民政府$|^\d{4}年/.test(p);
    return `<p${plain ? ' class="plain"' : ''}>${escape(p)}</p>`;
  }).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 16pt; line-height: 1.6; }
    h1 { font-size: 22pt; text-align: center; }
    p { margin: 0; text-indent: 2em; }
    p.plain { text-indent: 0; }
  </style></head><body><h1>${escape(TITLE)}</h1>\n${body}</body></html>`;
}

/** The report as a PDF with a text layer: A4, a running header on every page, — n — at the foot. */
export async function makePdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(reportHtml());
    return await page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      margin: { top: '30mm', bottom: '30mm', left: '26mm', right: '26mm' },
      headerTemplate: `<div style="font-size:10pt;width:100%;text-align:center;font-family:'WenQuanYi Micro Hei'">${HEADER}</div>`,
      footerTemplate: '<div style="font-size:10pt;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
    });
  } finally {
    await page.close();
  }
}

/** A scan: each page is a picture of the text (a screenshot), with no text layer. */
export async function makeScannedPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
  try {
    await page.setContent(reportHtml());
    const png = await page.screenshot({ type: 'png' });
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png.toString('base64')}"></body></html>`,
    );
    return await page.pdf({ format: 'A4' });
  } finally {
    await page.close();
  }
}

/** The same report for another city, so a .docx and a PDF in one batch are two reports, not one. */
export const otherCity = (s: string): string => s.replaceAll('嘉兴', '湖州');

/**
 * The report as a .docx with a header and a page-number footer (which the reader must leave out);
 * `edit` rewrites every paragraph (e.g. otherCity).
 */
export async function makeDocx(edit: (s: string) => string = (s) => s): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(HEADER)] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })],
          }),
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: edit(TITLE), bold: true, size: 36 })] }),
          ...PARAGRAPHS.map((p) => new Paragraph({ children: [new TextRun(`\u3000\u3000${edit(p)}`)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * A one-page PDF protected by a user password (standard security handler, RC4 40-bit): the /U entry
 * does not match the empty password, so no reader can open it without the password.
 */
export function makeEncryptedPdf(): Buffer {
  const hex = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 11)}> /U <${hex(32, 99)}> /P -44 >>`,
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (secret text) Tj ET\nendstream',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 5)}> <${hex(16, 5)}>] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The first part of a file, as a cut-off download leaves it. */
export const truncated = (buf: Buffer, share = 0.6): Buffer => buf.subarray(0, Math.floor(buf.length * share));
