import type { ICommentOptions } from 'docx';

import type { Annotation, CommentReply } from '../../briefing/model';
import { noteParagraphs } from '../common/note-paragraphs';
import { COMMENT_STYLE } from './base-styles';
import type { ParagraphDraft } from './draft';
import { plainParagraph } from './runs';
import { commentRangeEnd, commentRangeStart, commentReferenceRun, wParagraph } from './wml';

interface Range {
  id: number;
  first: [number, number];
  last: [number, number];
}

/**
 * Where each known annotation's range begins and ends: the first and last draft item carrying
 * its id. Numeric ids follow first appearance, from `firstId`; ids with no annotation are ignored.
 */
function findRanges(drafts: ParagraphDraft[], known: Set<string>, firstId: number): Map<string, Range> {
  const ranges = new Map<string, Range>();
  drafts.forEach((draft, p) =>
    draft.items.forEach((item, i) => {
      for (const key of item.comments) {
        if (!known.has(key)) continue;
        const range = ranges.get(key);
        if (range) range.last = [p, i];
        else ranges.set(key, { id: firstId + ranges.size, first: [p, i], last: [p, i] });
      }
    }),
  );
  return ranges;
}

/**
 * Turns the drafts into paragraphs (their XML, wml.ts) with native Word comments (ECMA-376 §17.13.4): a
 * `w:commentRangeStart` before the first run carrying an annotation's id, a `w:commentRangeEnd`
 * and a run holding `w:commentReference` after the last. Ranges may cross paragraphs. Returns the
 * comment bodies (word/comments.xml, style CommentText: Dutch, as Word's own) with author and date (docx writes the export time when the
 * annotation's date is unreadable); annotations anchored nowhere are left out, since Word cannot
 * show a comment without a place in the text. Each reply is a comment of its own on its comment's
 * range, numbered after all comments, with `parentId` (docx then writes word/commentsExtended.xml,
 * `w15:commentEx` with `w15:paraIdParent`, [MS-DOCX] commentsExtended part); every comment of a resolved thread
 * carries `resolved` (`w15:done="1"`).
 *
 * Comment ids are numbered from `firstId`: the export passes one more than the highest footnote
 * id. LibreOffice (7.4, Debian 12; it writes such files itself and misreads them too) looks
 * footnote and comment contents up in one table by id, so a comment whose id equals a footnote's
 * shifts every later footnote's text by one when a footnote reference precedes the comment.
 * Word keeps the two id spaces apart and reads any unique non-negative id (ECMA-376 §17.13.4.2).
 */
export function placeComments(
  drafts: ParagraphDraft[],
  annotations: Annotation[],
  firstId = 0,
): { paragraphs: string[]; comments: ICommentOptions[] } {
  const ranges = findRanges(drafts, new Set(annotations.map((annotation) => annotation.id)), firstId);
  const starts = new Map<string, number[]>();
  const ends = new Map<string, number[]>();
  const at = (map: Map<string, number[]>, [p, i]: [number, number], id: number) => {
    const key = `${p}:${i}`;
    map.set(key, [...(map.get(key) ?? []), id]);
  };
  // A reply is anchored where its comment is (Word drops a comment without a range): markers in
  // the order Word writes them, start(comment), start(reply)…, end(comment), ref(comment), end(reply), ref(reply)….
  let nextId = firstId + ranges.size;
  const replyIds = new Map<string, number>();
  for (const annotation of annotations) {
    const range = ranges.get(annotation.id);
    if (!range) continue;
    const thread = [range.id];
    for (const reply of annotation.replies ?? []) {
      replyIds.set(reply.id, nextId);
      thread.push(nextId++);
    }
    for (const id of thread) {
      at(starts, range.first, id);
      at(ends, range.last, id);
    }
  }

  const paragraphs = drafts.map((draft, p) => {
    let content = '';
    draft.items.forEach((item, i) => {
      for (const id of starts.get(`${p}:${i}`) ?? []) content += commentRangeStart(id);
      content += item.child;
      for (const id of ends.get(`${p}:${i}`) ?? []) content += commentRangeEnd(id) + commentReferenceRun(id);
    });
    return wParagraph(draft.options, content);
  });

  const comments: ICommentOptions[] = [];
  for (const annotation of annotations) {
    const range = ranges.get(annotation.id);
    if (!range) continue;
    const resolved = annotation.resolved ? { resolved: true } : {};
    comments.push({ id: range.id, ...commentBody(annotation), ...resolved });
    for (const reply of annotation.replies ?? [])
      comments.push({ id: replyIds.get(reply.id)!, parentId: range.id, ...commentBody(reply), ...resolved });
  }
  comments.sort((a, b) => a.id - b.id);
  return { paragraphs, comments };
}

/** Author, initials, date (left out when unreadable: docx then writes the export time) and text of a comment or reply. */
function commentBody(entry: Annotation | CommentReply): Omit<ICommentOptions, 'id'> {
  const date = new Date(entry.date);
  return {
    author: entry.author,
    initials: initials(entry.author),
    ...(Number.isNaN(date.getTime()) ? {} : { date }),
    children: noteParagraphs(entry.text).map((line) => plainParagraph(line, COMMENT_STYLE)),
  };
}

/** "Jan de Vries" → "JdV": what Word shows in a comment balloon when space is short. */
function initials(author: string): string {
  return author
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join('');
}
