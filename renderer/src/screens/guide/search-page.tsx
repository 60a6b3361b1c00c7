import { useEffect, useId, useRef, useState } from 'react';
import { searchHintExamples } from '../../../../main/contract/guide-channels';
import { call } from '../../api/client';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { resultCountText, type SearchAnswer, SearchResults } from './search-results';

const hint = searchHintExamples.map((example) => `“${example.typed}” vindt ook “${example.finds}”`).join(', ');

/** Search across the whole guide and your own texts; main does the Dutch-aware matching. */
export function SearchPage({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [answer, setAnswer] = useState<SearchAnswer>();
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    input.current?.focus();
  }, []);

  // A suggestion link ("wijkbudget") changes the address: search for it.
  useEffect(() => setQuery(initialQuery), [initialQuery]);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      setAnswer(undefined);
      return;
    }
    const timer = setTimeout(() => {
      void call('guide.search', { query: trimmed }).then((result) => {
        if (result.ok) {
          setAnswer({ query: trimmed, ...result.value });
          setError(undefined);
        } else setError(result.error.message);
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
          Je vindt ook je eigen notities, antwoorden en reflecties. Accenten en vormen maken niet uit: {hint}.
        </p>
      </search>
      {error && <ErrorMessage message={error} />}
      <p role="status" className="search-count">
        {answer ? resultCountText(answer) : ''}
      </p>
      {answer && answer.alsoSearched.length > 0 && (
        <p className="search-also">
          Ook gezocht naar:{' '}
          {answer.alsoSearched.map((word, index) => (
            <span key={word}>
              {index > 0 && ', '}
              <a href={routeHref('/gids', 'zoeken', encodeURIComponent(word))}>{word}</a>
            </span>
          ))}
          .
        </p>
      )}
      {answer && <SearchResults answer={answer} />}
    </>
  );
}
