import { $getRoot, $getState, $setState, createState } from 'lexical';
import { z } from 'zod';

import {
  type Annotation,
  AnnotationSchema,
  type BriefingProperties,
  type CitationStyle,
  CitationStyleSchema,
  emptyBriefing,
  PropertiesSchema,
} from '../../../app/briefing/model';
import { $anchoredCommentIds } from '../plugins/Comments/comments';

/*
 * The briefing's properties, citation style and comments are NodeState on the RootNode, so that
 * every change to them is an ordinary editor update: the history plugin snapshots it like a text
 * edit (one undo step, redo restores it) and a comment's entry and its anchor (MarkNode ids,
 * `passage.comments`) always undo and redo together. Values are immutable: setters replace them.
 */

const DEFAULT_PROPERTIES: BriefingProperties = Object.freeze(emptyBriefing().properties) as BriefingProperties;
const NO_ANNOTATIONS: readonly Annotation[] = Object.freeze([]);
const AnnotationsSchema = z.array(AnnotationSchema);

const propertiesState = createState('dossierProperties', {
  parse: (value): BriefingProperties => {
    const parsed = PropertiesSchema.safeParse(value);
    return parsed.success ? parsed.data : DEFAULT_PROPERTIES;
  },
});
const citationStyleState = createState('dossierCitationStyle', {
  parse: (value): CitationStyle => {
    const parsed = CitationStyleSchema.safeParse(value);
    return parsed.success ? parsed.data : 'footnote';
  },
});
const annotationsState = createState('dossierAnnotations', {
  parse: (value): readonly Annotation[] => {
    const parsed = AnnotationsSchema.safeParse(value);
    return parsed.success ? parsed.data : NO_ANNOTATIONS;
  },
});

/** What the briefing keeps beside its body; `annotations` includes comments whose anchor is gone. */
export interface BriefingMeta {
  properties: BriefingProperties;
  citationStyle: CitationStyle;
  annotations: readonly Annotation[];
}

/** The properties, citation style and all stored annotations (inside `read`/`update`). */
export function $getBriefingMeta(): BriefingMeta {
  const root = $getRoot();
  return {
    properties: $getState(root, propertiesState),
    citationStyle: $getState(root, citationStyleState),
    annotations: $getState(root, annotationsState),
  };
}

/** Replaces the properties (inside `update`); an identical value leaves the editor state untouched. */
export function $setBriefingProperties(properties: BriefingProperties): void {
  const root = $getRoot();
  if (!sameProperties($getState(root, propertiesState), properties)) $setState(root, propertiesState, properties);
}

export function $setCitationStyle(style: CitationStyle): void {
  const root = $getRoot();
  if ($getState(root, citationStyleState) !== style) $setState(root, citationStyleState, style);
}

export function $setAnnotations(annotations: readonly Annotation[]): void {
  $setState($getRoot(), annotationsState, annotations);
}

/** Stores a new comment's entry (inside `update`, in the same update that anchors it). */
export function $addAnnotation(annotation: Annotation): void {
  $setAnnotations([...$getBriefingMeta().annotations, annotation]);
}

/** Removes the entry of comment `id` (its anchors are removed by `$removeComment`). */
export function $dropAnnotation(id: string): void {
  const { annotations } = $getBriefingMeta();
  if (annotations.some((annotation) => annotation.id === id)) $setAnnotations(annotations.filter((annotation) => annotation.id !== id));
}

/**
 * The comments that still have an anchor in the text, in stored order. A comment whose marked text
 * was deleted (or whose anchoring was undone) is left out of the panel, the file and the exports;
 * its entry stays in the state so that undoing the deletion brings it back.
 */
export function $liveAnnotations(): Annotation[] {
  const { annotations } = $getBriefingMeta();
  if (annotations.length === 0) return [];
  const anchored = $anchoredCommentIds();
  return annotations.filter((annotation) => anchored.has(annotation.id));
}

export function sameProperties(a: BriefingProperties, b: BriefingProperties): boolean {
  if (a === b) return true;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])] as Array<keyof BriefingProperties>;
  return keys.every((key) =>
    key === 'keywords'
      ? a.keywords.length === b.keywords.length && a.keywords.every((word, index) => word === b.keywords[index])
      : a[key] === b[key],
  );
}
