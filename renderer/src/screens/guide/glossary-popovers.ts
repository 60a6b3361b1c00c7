import { useEffect } from 'react';
import { routeHref } from '../../app/routes';
import { markdownToHtml } from '../../lib/markdown-html';
import type { LinkableTerm } from './glossary-links';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A glossary term with its definition (Markdown), as the guide content holds it. */
export interface DefinedTerm extends LinkableTerm {
  definition: string;
}

/** The definition as inline HTML: a `<p>` may not stand inside the paragraph the term is in. */
function inlineDefinition(definition: string): string {
  return markdownToHtml(definition)
    .replace(/<p>/g, '<span class="glossary-popover-paragraph">')
    .replace(/<\/p>/g, '</span>');
}

/**
 * Turns the glossary links that `linkGlossaryTerms` made into disclosures: a button with
 * `aria-expanded` and, right after it, the definition with a link to the glossary, hidden
 * until the button is pressed. `idPrefix` keeps the ids unique on the page.
 */
export function glossaryDisclosures(html: string, terms: readonly DefinedTerm[], idPrefix: string): string {
  return html.replace(/<a href="#\/gids\/begrippen\/begrip-([a-z0-9-]+)">([^<]*)<\/a>/g, (link, id: string, text) => {
    const term = terms.find((candidate) => candidate.id === id);
    if (!term) return link;
    const popoverId = `${idPrefix}-begrip-${id}`;
    return [
      '<span class="glossary-term">',
      `<button type="button" class="glossary-term-button" aria-expanded="false" aria-controls="${popoverId}">${text}</button>`,
      `<span class="glossary-popover" id="${popoverId}" role="region" aria-label="Uitleg: ${escapeHtml(term.term)}" hidden>`,
      `<strong class="glossary-popover-term">${escapeHtml(term.term)}</strong> `,
      inlineDefinition(term.definition),
      ` <a class="glossary-popover-link" href="${routeHref('/gids', 'begrippen', `begrip-${id}`)}">Naar de woordenlijst</a>`,
      '</span></span>',
    ].join('');
  });
}

function popoverOf(button: HTMLElement): HTMLElement | null {
  const id = button.getAttribute('aria-controls');
  return id ? document.getElementById(id) : null;
}

function setOpen(button: HTMLElement, open: boolean): void {
  const popover = popoverOf(button);
  button.setAttribute('aria-expanded', String(open));
  if (!popover) return;
  popover.hidden = !open;
  popover.style.removeProperty('left');
  if (!open) return;
  // Keep the whole definition on screen: shift it left when it would run past the right edge.
  const overflow = popover.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) popover.style.left = `${-overflow}px`;
}

function openButtons(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.glossary-term-button[aria-expanded="true"]')];
}

/**
 * One listener pair for every glossary term on the page (they are plain HTML from Markdown):
 * a press opens or closes the term's definition and closes any other; Escape closes it and
 * puts focus back on the term; a click elsewhere closes it.
 */
export function useGlossaryPopovers(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest<HTMLElement>('.glossary-term-button');
      for (const open of openButtons()) if (open !== button && !popoverOf(open)?.contains(target)) setOpen(open, false);
      if (button) setOpen(button, button.getAttribute('aria-expanded') !== 'true');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const target = event.target instanceof Element ? event.target : null;
      const term = target?.closest('.glossary-term');
      // Escape in a field elsewhere belongs to that field; from the page itself it closes the open term.
      const fromPage = target === null || target === document.body;
      const button = term?.querySelector<HTMLElement>('.glossary-term-button') ?? (fromPage ? openButtons()[0] : null);
      if (button?.getAttribute('aria-expanded') !== 'true') return;
      event.preventDefault();
      setOpen(button, false);
      button.focus();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
