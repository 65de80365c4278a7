import { describe, expect, it } from 'vitest';

import { addCommentReply, deleteCommentReply, editCommentText, findThread, setCommentResolved } from '../../../app/briefing/comment-thread';
import { serializeBriefing } from '../../../app/briefing/file-format';
import { fileVersionOf } from '../../../app/briefing/file-version';
import { type Annotation, emptyBriefing } from '../../../app/briefing/model';

const comment: Annotation = { id: 'a1', author: 'A', date: '2026-01-20T09:30:00.000Z', text: 'Kern' };
const reply = { id: 'r1', author: 'B', date: '2026-01-21T10:00:00.000Z', text: 'Eens' };

describe('comment threads', () => {
  it('finds a thread by its comment’s or a reply’s id', () => {
    const annotations = addCommentReply([comment], 'a1', reply);
    expect(findThread(annotations, 'a1')?.id).toBe('a1');
    expect(findThread(annotations, 'r1')?.id).toBe('a1');
    expect(findThread(annotations, 'x')).toBeUndefined();
  });

  it('edits a comment’s or a reply’s text; the same array back when nothing changes', () => {
    const annotations = addCommentReply([comment], 'a1', reply);
    expect(editCommentText(annotations, 'a1', 'Nieuw')[0]).toMatchObject({ text: 'Nieuw', author: 'A' });
    expect(editCommentText(annotations, 'r1', 'Oneens')[0]!.replies).toEqual([{ ...reply, text: 'Oneens' }]);
    expect(editCommentText(annotations, 'a1', 'Kern')).toBe(annotations);
    expect(editCommentText(annotations, 'x', 'y')).toBe(annotations);
    expect(annotations[0]!.text).toBe('Kern');
  });

  it('replies go after the last reply (also when answering a reply); deleting the last leaves no `replies`', () => {
    const second = { ...reply, id: 'r2', text: 'Tweede' };
    const annotations = addCommentReply(addCommentReply([comment], 'a1', reply), 'r1', second);
    expect(annotations[0]!.replies!.map((r) => r.id)).toEqual(['r1', 'r2']);
    const none = deleteCommentReply(deleteCommentReply(annotations, 'r1'), 'r2');
    expect(none[0]).toEqual(comment);
    expect(deleteCommentReply(annotations, 'a1')).toBe(annotations);
  });

  it('resolves and reopens; an open comment carries no `resolved`; the file keeps both fields', () => {
    const resolved = setCommentResolved(addCommentReply([comment], 'a1', reply), 'r1', true);
    expect(resolved[0]!.resolved).toBe(true);
    expect(setCommentResolved(resolved, 'a1', true)).toBe(resolved);
    expect(setCommentResolved(resolved, 'a1', false)[0]).not.toHaveProperty('resolved');
    const briefing = { ...emptyBriefing(), annotations: [...resolved] };
    const file = JSON.parse(serializeBriefing(briefing)) as { briefing: { annotations: Annotation[] } };
    expect(file.briefing.annotations).toEqual([{ ...comment, replies: [reply], resolved: true }]);
  });
});

describe('comment threads raise the .dossier file to version 2', () => {
  const versionOf = (annotations: readonly Annotation[]) =>
    JSON.parse(serializeBriefing({ ...emptyBriefing(), annotations: [...annotations] })) as {
      version: number;
      briefing: { version: number };
    };

  it('a plain comment stays version 1', () => {
    expect(fileVersionOf({ ...emptyBriefing(), annotations: [comment] })).toBe(1);
    expect(versionOf([comment])).toMatchObject({ version: 1, briefing: { version: 1 } });
  });

  it('a comment with a reply is version 2', () => {
    const annotations = addCommentReply([comment], 'a1', reply);
    expect(fileVersionOf({ ...emptyBriefing(), annotations: [...annotations] })).toBe(2);
    expect(versionOf(annotations)).toMatchObject({ version: 2, briefing: { version: 2 } });
  });

  it('a resolved comment without replies is version 2; reopened, back to 1', () => {
    const resolved = setCommentResolved([comment], 'a1', true);
    expect(versionOf(resolved)).toMatchObject({ version: 2, briefing: { version: 2 } });
    expect(versionOf(setCommentResolved(resolved, 'a1', false))).toMatchObject({ version: 1 });
  });

  it('an empty replies array is version 1', () => {
    expect(fileVersionOf({ ...emptyBriefing(), annotations: [{ ...comment, replies: [] }] })).toBe(1);
  });
});
