import { qrPath } from '@/lib/classes/qr-path';

type Props = { url: string; className?: string };

/** The invite link as a QR code, drawn as inline SVG on the server; its text equivalent is the link itself. */
export function JoinQrCode({ url, className }: Props) {
  const { size, d } = qrPath(url);
  const quiet = 4; // The blank margin QR readers need around the code.
  const box = size + quiet * 2;
  return (
    <svg
      role="img"
      aria-label={`QR code that opens ${url}`}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      className={className}
      shapeRendering="crispEdges"
      data-testid="join-qr"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
