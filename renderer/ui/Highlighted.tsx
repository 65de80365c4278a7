import { highlightSegments } from './highlight';

interface Props {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}

/** Text with the given ranges wrapped in `<mark>` (search hits). */
export function Highlighted({ text, ranges }: Props) {
  return (
    <>
      {highlightSegments(text, ranges).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
