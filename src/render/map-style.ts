// Colours, lettering and XML helpers of the map picture (map-svg.ts): the security colour ramp,
// one hue per region, and escaping of names (which may hold quotes, ampersands, control
// characters) for SVG text and attributes.

/**
 * Security colours after EVE Online's in-game map, 1.0 (blue) down to 0.1 (dark red); 0.0 is a
 * bright crimson rather than the game's dull purple, so null-sec — most of the map — stays
 * visible on a dark background.
 */
export const SECURITY_COLOURS: readonly string[] = [
  '#e0245e', // 0.0
  '#a8242e', // 0.1
  '#bc1117', // 0.2
  '#ce440f', // 0.3
  '#dc6d07', // 0.4
  '#f3fd82', // 0.5
  '#71e554', // 0.6
  '#60dba3', // 0.7
  '#4ecef8', // 0.8
  '#3a9aeb', // 0.9
  '#2c74e0', // 1.0
];

/** The colour of a security status as EVE shows it: one decimal, but never 0.0 for low-sec. */
export function securityColour(securityStatus: number): string {
  const tenths = Math.round(Math.min(1, Math.max(0, securityStatus)) * 10);
  return SECURITY_COLOURS[securityStatus > 0 && tenths === 0 ? 1 : tenths];
}

function hslToHex(hueDegrees: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const h = (((hueDegrees % 360) + 360) % 360) / 60;
  const x = chroma * (1 - Math.abs((h % 2) - 1));
  const [r, g, b] = h < 1 ? [chroma, x, 0] : h < 2 ? [x, chroma, 0] : h < 3 ? [0, chroma, x] : h < 4 ? [0, x, chroma] : h < 5 ? [x, 0, chroma] : [chroma, 0, x];
  const m = lightness - chroma / 2;
  const hex = (channel: number): string => Math.round((channel + m) * 255).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/** Region k's hue: the golden angle apart from region k − 1, so neighbours in a list differ. */
export function regionHue(index: number): { fill: string; label: string } {
  const hue = (index * 137.508 + 200) % 360;
  return { fill: hslToHex(hue, 0.65, 0.5), label: hslToHex(hue, 0.7, 0.78) };
}

/** Text safe inside an SVG element or attribute: XML-escaped, XML-illegal control characters dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate in pixels with one decimal (short, and identical on every machine). */
export function px(value: number): string {
  const fixed = value.toFixed(1);
  const text = fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
  return text === '-0' ? '0' : text;
}

export const FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";
export const BACKGROUND = '#04060d';
export const LANE_COLOUR = '#5b7fa6';
export const BORDER_LANE_COLOUR = '#ffb347';
export const GENESIS_COLOUR = '#ffd700';
