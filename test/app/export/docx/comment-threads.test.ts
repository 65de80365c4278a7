import { describe, expect, it } from 'vitest';

import type { Briefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { sampleBriefing } from './fixture';
import { paragraphsOf, readDocx } from './read-docx';

/** The sample briefing (comments 6 on words, 7 on a passage) with a reply thread and resolved state. */
function threaded(resolveWords: boolean, withReplies = true): Briefing {
  const briefing = sampleBriefing();
  const [words, passage] = briefing.annotations;
  briefing.annotations = [
    {
      ...words!,
      ...(withReplies
        ? {
            replies: [
              { id: 'r1', author: 'Fatma Yılmaz', date: '2026-01-07T10:00:00Z', text: 'Ja, zie de begroting.' },
              { id: 'r2', author: 'Jan de Vries', date: '2026-01-07T11:00:00Z', text: 'Dank.' },
            ],
          }
        : {}),
      ...(resolveWords ? { resolved: true } : {}),
    },
    passage!,
  ];
  return briefing;
}

const commentEx = (xml: string) =>
  [...xml.matchAll(/<w15:commentEx ([^>]*)\/>/g)].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/w15:(\w+)="([^"]*)"/g)].map((attr) => [attr[1], attr[2]])),
  );
/** The w14:paraId on the last paragraph of each comment in comments.xml, by w:id. */
const paraIds = (xml: string): Record<string, string | undefined> =>
  Object.fromEntries(
    [...xml.matchAll(/<w:comment w:id="(\d+)"[^>]*>(.*?)<\/w:comment>/gs)].map((match) => [
      match[1]!,
      [...match[2]!.matchAll(/<w:p\b([^>]*)>/g)].at(-1)?.[1]?.match(/w14:paraId="([0-9A-F]{8})"/)?.[1],
    ]),
  );

describe('Word comment threads (commentsExtended.xml)', () => {
  it('writes replies as comments of their own on their comment’s range, linked by w15:paraIdParent; resolved as w15:done', async () => {
    const parts = readDocx(await briefingToDocx(threaded(true)));
    const document = parts['word/document.xml']!;
    // Replies are numbered after both comments (6, 7): 8 and 9, anchored with comment 6 in Word's order.
    expect(document).toContain('<w:commentRangeStart w:id="6"/><w:commentRangeStart w:id="8"/><w:commentRangeStart w:id="9"/>');
    expect(document).toContain(
      '<w:commentRangeEnd w:id="6"/><w:r><w:commentReference w:id="6"/></w:r>' +
        '<w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r>' +
        '<w:commentRangeEnd w:id="9"/><w:r><w:commentReference w:id="9"/></w:r>',
    );

    const comments = parts['word/comments.xml']!;
    const bodies = [...comments.matchAll(/<w:comment w:id="(\d+)"[^>]*w:author="([^"]*)" w:date="([^"]*)">(.*?)<\/w:comment>/gs)];
    expect(bodies.map((m) => [m[1], m[2], m[3], paragraphsOf(m[4]!).map((p) => p.text)])).toEqual([
      ['6', 'Jan de Vries', '2026-01-07T09:30:00.000Z', ['Klopt dit bedrag?']],
      ['7', 'Fatma Yılmaz', '2026-01-08T14:00:00.000Z', ['Citaat inkorten.', 'Of weglaten.']],
      ['8', 'Fatma Yılmaz', '2026-01-07T10:00:00.000Z', ['Ja, zie de begroting.']],
      ['9', 'Jan de Vries', '2026-01-07T11:00:00.000Z', ['Dank.']],
    ]);
    // Each comment still opens with Word's annotation mark.
    expect(bodies.every((m) => m[4]!.includes('<w:annotationRef/>'))).toBe(true);

    const ids = paraIds(comments);
    expect(Object.values(ids).every((id) => typeof id === 'string' && parseInt(id, 16) < 0x80000000)).toBe(true);
    const extended = commentEx(parts['word/commentsExtended.xml']!);
    const byId = (id: string) => extended.find((entry) => entry.paraId === ids[id]);
    expect(byId('6')).toEqual({ paraId: ids['6'], done: '1' });
    expect(byId('8')).toEqual({ paraId: ids['8'], paraIdParent: ids['6'], done: '1' });
    expect(byId('9')).toEqual({ paraId: ids['9'], paraIdParent: ids['6'], done: '1' });
    expect(byId('7')?.paraIdParent).toBeUndefined();
    expect(byId('7')?.done).not.toBe('1');

    expect(parts['[Content_Types].xml']).toContain(
      '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml" PartName="/word/commentsExtended.xml"/>',
    );
    expect(parts['word/_rels/document.xml.rels']).toMatch(
      /<Relationship [^>]*Type="http:\/\/schemas\.microsoft\.com\/office\/2011\/relationships\/commentsExtended" Target="commentsExtended\.xml"\/>/,
    );
  });

  it('marks a resolved comment done also when no comment has a reply (docx writes no commentsExtended.xml then)', async () => {
    const parts = readDocx(await briefingToDocx(threaded(true, false)));
    const ids = paraIds(parts['word/comments.xml']!);
    expect(ids['6']).toMatch(/^[0-9A-F]{8}$/);
    expect(ids['7']).toBeUndefined();
    expect(commentEx(parts['word/commentsExtended.xml']!)).toEqual([{ paraId: ids['6'], done: '1' }]);
    expect(parts['[Content_Types].xml']).toContain(
      '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml" PartName="/word/commentsExtended.xml"/>',
    );
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="commentsExtended.xml"');
  });

  it('writes no commentsExtended.xml for open comments without replies', async () => {
    const parts = readDocx(await briefingToDocx(threaded(false, false)));
    expect(parts['word/commentsExtended.xml']).toBeUndefined();
    expect(parts['[Content_Types].xml']).not.toContain('commentsExtended');
  });
});
