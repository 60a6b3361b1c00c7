import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../../../main/contract/guide-channels';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';

/** Search across the whole guide; main does the Dutch-aware matching. */
export function SearchPage({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [result, setResult] = useState<{ query: string; hits: SearchHit[]; total: number }>();
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    input.current?.focus();
  }, []);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      setResult(undefined);
      return;
    }
    const timer = setTimeout(() => {
      void call('guide.search', { query: trimmed }).then((answer) => {
        if (answer.ok) {
          setResult({ query: trimmed, ...answer.value });
          setError(undefined);
        } else setError(answer.error.message);
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <>
      <ScreenHeading>Zoeken in de gids</ScreenHeading>
      <search className="search-form">
        <label htmlFor={inputId}>Zoekwoorden</label>
        <input
          id={inputId}
          ref={input}
          type="search"
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={`${inputId}-tip`}
        />
        <p className="form-hint" id={`${inputId}-tip`}>
          Je hoeft geen accenten te typen: “cooperatie” vindt ook “coöperatie”.
        </p>
      </search>
      {error && <ErrorMessage message={error} />}
      <p role="status" className="search-count">
        {result
          ? result.total === 0
            ? `Niets gevonden voor “${result.query}”.`
            : `${result.total} ${result.total === 1 ? 'resultaat' : 'resultaten'} voor “${result.query}”${result.total > result.hits.length ? ` (de eerste ${result.hits.length})` : ''}.`
          : ''}
      </p>
      {result && result.hits.length > 0 && (
        <ol className="search-results">
          {result.hits.map((hit) => (
            <li key={hit.key}>
              <a href={`#/gids/${hit.pageId}/${hit.blockId}`}>{hit.title}</a>
              <span className="muted"> — {hit.pageTitle}</span>
              <p className="search-snippet">
                {hit.snippet.map((part, index) =>
                  // biome-ignore lint/suspicious/noArrayIndexKey: snippet parts have no identity beyond their place
                  part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
