import QRCode from 'qrcode';

export type QrPath = { size: number; d: string };

/**
 * An SVG path drawing the dark modules of a QR code for `text`, one unit per module, so the page can
 * render it as plain markup (no image request, no script, nothing fetched). Error correction "M"
 * survives a smudged projector screen.
 */
export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
  return { size: modules.size, d: parts.join('') };
}
