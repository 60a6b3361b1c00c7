import { Component, type ErrorInfo, type ReactNode } from 'react';
import { call } from '../api/client';
import { ScreenError } from './screen-error';

interface Props {
  /** The screen's address; a new address shows the new screen again. */
  routeKey: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  routeKey: string;
}

/**
 * Catches a render error in one screen, so the menu and the rest of the app stay usable: the
 * screen shows what happened and what to do, and the error goes to the local error log.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, routeKey: this.props.routeKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  /** Going to another screen (the menu, "Ga terug") tries again. */
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.routeKey === state.routeKey ? null : { error: undefined, routeKey: props.routeKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const stack = `${error.stack ?? ''}\n${info.componentStack ?? ''}`.slice(0, 8000);
    void call('app.logError', {
      screen: this.props.routeKey.slice(0, 500),
      message: `${error.name}: ${error.message}`.slice(0, 2000),
      stack,
    });
  }

  override render(): ReactNode {
    return this.state.error ? <ScreenError error={this.state.error} /> : this.props.children;
  }
}
