import { useEffect } from 'react';
import { call } from '../api/client';
import type { RoutePath } from './routes';

// The places main can name; anything else (a search query in the hash) is remembered as its screen.
const nameablePlace = /^[\w\-/]{0,300}$/;

/**
 * Tells main which screen the user is on, so Start can offer "verder waar je was". Start
 * itself is not remembered. Fire and forget: a failure here must never disturb the screen.
 */
export function useRecordVisit(path: RoutePath, rest: string): void {
  useEffect(() => {
    if (path === '/') return;
    void call('dashboard.visit', { path, rest: nameablePlace.test(rest) ? rest : '' });
  }, [path, rest]);
}
