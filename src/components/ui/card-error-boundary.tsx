import { Component, type ReactNode } from 'react';
import { ErrorNotice } from './error-notice.tsx';

interface CardErrorBoundaryProps {
  /** What the card shows, for the message: "CPU usage could not be drawn". */
  title: string;
  children: ReactNode;
}

interface CardErrorBoundaryState {
  error: Error | null;
}

// A thrown message may quote API text; one readable line is enough.
const MAX_MESSAGE_LENGTH = 300;

/**
 * Keeps one broken card from blanking the page: the rest keeps updating, this one says what
 * failed and offers "Try again", which draws it afresh from the current data.
 */
export class CardErrorBoundary extends Component<CardErrorBoundaryProps, CardErrorBoundaryState> {
  override state: CardErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): CardErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorNotice
        title={`${this.props.title} could not be drawn`}
        message={(error.message || error.name).slice(0, MAX_MESSAGE_LENGTH)}
        onRetry={this.retry}
      />
    );
  }
}
