import type { Resource } from '../../../../main/contract/guide-content';
import { GuideBlock } from './guide-block';
import { GuideMarkdown } from './guide-markdown';

/** A hulpmiddel: name and source as text; a web address only opens in the system browser on a click. */
export function ResourceItem({ pageId, resource }: { pageId: string; resource: Resource }) {
  return (
    <GuideBlock pageId={pageId} blockId={`hulpmiddel-${resource.id}`} title={resource.name} kind="hulpmiddel">
      <p className="resource-source">Bron: {resource.source}</p>
      <GuideMarkdown text={resource.description} />
      {resource.url && (
        <p>
          <a href={resource.url} target="_blank" rel="noreferrer noopener">
            {resource.url}
          </a>{' '}
          <span className="muted">(opent in je browser; daarvoor is internet nodig)</span>
        </p>
      )}
    </GuideBlock>
  );
}
