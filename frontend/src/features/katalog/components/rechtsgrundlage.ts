export type Segment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * The catalogue writes legal bases as "§ 2 Straßenverkehrsgesetz (StVG) [http://…], Fahrerlaubnis-Verordnung
 * (FeV) [http://…]". Each reference followed by a bracketed URL becomes a link named by the reference itself,
 * so that every link says where it leads; everything else stays text.
 */
export function parseRechtsgrundlage(value: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /([^[\]]*?)\s*\[(https?:\/\/[^\]\s]+)\]/g;
  let rest = 0;
  for (const match of value.matchAll(pattern)) {
    const [, before = '', href = ''] = match;
    const lead = /^[,;\s]*/.exec(before)?.[0] ?? '';
    if (lead) segments.push({ kind: 'text', text: lead });
    const text = before.slice(lead.length).trim();
    segments.push(text ? { kind: 'link', text, href } : { kind: 'link', text: 'Rechtsgrundlage', href });
    rest = (match.index ?? 0) + match[0].length;
  }
  if (rest < value.length) segments.push({ kind: 'text', text: value.slice(rest) });
  return segments;
}
