// The map as files: the SVG element serialised as it is, and a PNG rasterised from that SVG in the
// page (an image from a blob: URL; nothing leaves the machine).
export function svgText(el: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(el)}`;
}

export async function svgToPng(el: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(el.getAttribute('width'));
  const height = Number(el.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svgText(el)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the map could not be rasterised'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
