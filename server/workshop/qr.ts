/** The join link as an SVG QR code, on a white ground so it scans on a dark presenter screen too. */
import encodeQR from 'qr';

export function qrSvg(text: string): string {
  // Medium error correction survives a projector's glare; a 4-module border is the quiet zone scanners need.
  const svg = encodeQR(text, 'svg', { ecc: 'medium', border: 4, optimize: true });
  return svg.replace(/^<svg([^>]*)>/, (_m, attrs: string) => `<svg${attrs} shape-rendering="crispEdges"><title>QR-code om mee te doen</title><rect width="100%" height="100%" fill="#fff"/>`);
}
