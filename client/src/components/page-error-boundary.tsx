import { Component, type ReactNode } from 'react';

/**
 * Catches a view that failed to load or render (a chunk gone after a rebuild, a broken link)
 * and shows the fallback instead of a blank page.
 */
export class PageErrorBoundary extends Component<{ fallback: (reload: () => void) => ReactNode; resetKey: string; children: ReactNode }, { failed: boolean; key: string }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; key: string }) {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(() => window.location.reload()) : this.props.children;
  }
}
