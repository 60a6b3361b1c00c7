import { useEffect } from 'react';
import type { GuideContent } from '../../../../main/contract/guide-content';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { useGuideStore } from '../../stores/guide-store';
import { FoundBlockContext, foundSegment } from './found-block';
import { GlossaryPage } from './glossary-page';
import { useGlossaryPopovers } from './glossary-popovers';
import { GuideContents } from './guide-contents';
import { IntroPage } from './intro-page';
import { NotesPage } from './notes-page';
import { ReasonsPage } from './reasons-page';
import { SearchPage } from './search-page';
import { ThemePage } from './theme-page';

/**
 * De gids: `#/gids`, `#/gids/<page>`, `#/gids/<page>/<block>` (and `.../gevonden` from a
 * search result, which marks the block), `#/gids/zoeken`, `#/gids/notities`.
 */
export function GuideScreen({ rest }: { rest: string }) {
  const content = useGuideStore((state) => state.content);
  const loadError = useGuideStore((state) => state.loadError);
  const load = useGuideStore((state) => state.load);
  const [pageId = '', blockId, marker] = rest.split('/');
  useGlossaryPopovers();

  useEffect(() => {
    void load();
    return () => void useGuideStore.getState().flushAll();
  }, [load]);

  // When the guide has loaded, or another page of it opens (the link that led there is gone), focus its heading.
  useEffect(() => {
    // The search page puts focus in its field itself.
    if (!content || blockId || pageId === 'zoeken') return;
    if (document.activeElement === document.body || document.activeElement === null) {
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }, [content, pageId, blockId]);

  // A link to a block scrolls it into view (its scroll margin leaves room above) and moves focus to its heading.
  useEffect(() => {
    if (!content || !blockId || pageId === 'zoeken') return;
    const heading = document.getElementById(`kop-${blockId}`);
    const block = document.getElementById(`blok-${blockId}`) ?? heading;
    block?.scrollIntoView({ block: 'start' });
    (heading ?? block)?.focus({ preventScroll: true });
  }, [content, pageId, blockId]);

  if (loadError) {
    return (
      <>
        <ScreenHeading>De gids</ScreenHeading>
        <ErrorMessage message={loadError} />
      </>
    );
  }
  if (!content) {
    return (
      <>
        <ScreenHeading>De gids</ScreenHeading>
        <p role="status">De gids wordt geladen…</p>
      </>
    );
  }

  return (
    <FoundBlockContext.Provider value={marker === foundSegment ? blockId : undefined}>
      {guidePage(content, pageId, blockId)}
    </FoundBlockContext.Provider>
  );
}

function guidePage(content: GuideContent, pageId: string, blockId: string | undefined) {
  const theme = content.themes.find((t) => t.id === pageId);
  // Keyed: another theme is a new page, so the link that led there (and its focus) goes.
  if (theme) return <ThemePage key={theme.id} theme={theme} content={content} />;
  switch (pageId) {
    case 'inleiding':
      return <IntroPage intro={content.intro} />;
    case 'redenen':
      return <ReasonsPage reasons={content.reasons} />;
    case 'begrippen':
      return <GlossaryPage glossary={content.glossary} />;
    case 'zoeken':
      return <SearchPage initialQuery={decodeURIComponent(blockId ?? '')} />;
    case 'notities':
      return <NotesPage reasons={content.reasons} />;
    default:
      return <GuideContents content={content} />;
  }
}
