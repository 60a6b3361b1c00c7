import type { ReactNode } from 'react';
import { Annotations } from './annotations';
import { useIsFoundBlock } from './found-block';

const kindLabels: Partial<Record<string, string>> = { kader: 'Kader', voorbeeld: 'Voorbeeld', casus: 'Casus' };

/**
 * One block of the guide (section, tip, resource, list...): its own anchor, a heading and the
 * user's bookmark and note. `kind` 'kader' and 'voorbeeld' render as boxed asides. The block a
 * search result led to is marked with a thick border and the words "Gevonden met je zoekopdracht".
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
  const label = props.kind ? kindLabels[props.kind] : undefined;
  const found = useIsFoundBlock(props.blockId);
  return (
    <section
      id={`blok-${props.blockId}`}
      className={`guide-block guide-block--${props.kind ?? 'tekst'}${found ? ' guide-block--found' : ''}`}
      aria-labelledby={`kop-${props.blockId}`}
    >
      {found && <p className="guide-found-label">Gevonden met je zoekopdracht</p>}
      {label && <p className="guide-block-kind">{label}</p>}
      <Heading id={`kop-${props.blockId}`} tabIndex={-1}>
        {props.title}
      </Heading>
      {props.children}
      <Annotations sectionKey={`${props.pageId}/${props.blockId}`} title={props.title} />
    </section>
  );
}
