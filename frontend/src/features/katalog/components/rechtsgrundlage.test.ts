import { describe, expect, it } from 'vitest';
import { parseRechtsgrundlage } from './rechtsgrundlage';

describe('parseRechtsgrundlage', () => {
  it('makes each reference the name of its link', () => {
    expect(
      parseRechtsgrundlage(
        '§ 2 Absatz 10a Straßenverkehrsgesetz (StVG) [http://www.gesetze-im-internet.de/stvg/__2.html], Fahrerlaubnis-Verordnung (FeV) [http://www.gesetze-im-internet.de/fev_2010/index.html]',
      ),
    ).toEqual([
      {
        kind: 'link',
        text: '§ 2 Absatz 10a Straßenverkehrsgesetz (StVG)',
        href: 'http://www.gesetze-im-internet.de/stvg/__2.html',
      },
      { kind: 'text', text: ', ' },
      {
        kind: 'link',
        text: 'Fahrerlaubnis-Verordnung (FeV)',
        href: 'http://www.gesetze-im-internet.de/fev_2010/index.html',
      },
    ]);
  });

  it('keeps plain text and text after the last link', () => {
    expect(parseRechtsgrundlage('Landesrecht')).toEqual([{ kind: 'text', text: 'Landesrecht' }]);
    expect(parseRechtsgrundlage('§ 1 X [https://a.example/x] und Satzung')).toEqual([
      { kind: 'link', text: '§ 1 X', href: 'https://a.example/x' },
      { kind: 'text', text: ' und Satzung' },
    ]);
  });
});
