import type { ReactNode } from 'react';
import { Annotations } from './annotations';

/**
 * One block of the guide (section, tip, resource, list...): its own anchor, a heading and the
 * user's bookmark and note. `kind` 'kader' and 'voorbeeld' render as boxed asides.
 */
export function GuideBlock(props: {
  pageId: string;
  blockId: string;
  title: string;
  kind?: 'tekst' | 'kader' | 'voorbeeld' | 'casus' | 'tip' | 'hulpmiddel';
  headingLevel?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const kindLabel = { kader: 'Kader', voorbeeld: 'Voorbeeld', casus: 'Casus' } as Record<string, string>;
  const label = props.kind ? kindLabel[props.kind] : undefined;
  return (
    <section
      id={`blok-${props.blockId}`}
      className={`guide-block guide-block--${props.kind ?? 'tekst'}`}
      aria-labelledby={`kop-${props.blockId}`}
    >
      {label && <p className="guide-block-kind">{label}</p>}
      <Heading id={`kop-${props.blockId}`} tabIndex={-1}>
        {props.title}
      </Heading>
      {props.children}
      <Annotations sectionKey={`${props.pageId}/${props.blockId}`} title={props.title} />
    </section>
  );
}
