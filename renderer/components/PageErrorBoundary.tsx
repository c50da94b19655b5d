import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../i18n/I18nProvider';

interface BoundaryProps {
  /** The page shown; a new page starts without the last one's error. */
  readonly page: string;
  readonly onHome: () => void;
  readonly children: ReactNode;
}

interface Texts {
  readonly title: string;
  readonly detail: (reason: string) => string;
  readonly home: string;
  readonly retry: string;
}

class Boundary extends Component<BoundaryProps & { readonly texts: Texts }, { readonly error: Error | null }> {
  override state: { readonly error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { readonly error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: BoundaryProps): void {
    if (previous.page !== this.props.page && this.state.error !== null) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; the clerk sees the message below.
    console.warn('page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { texts, onHome } = this.props;
    return (
      <Result
        status="error"
        title={texts.title}
        subTitle={texts.detail(error.message)}
        data-testid="page-failed"
        extra={[
          <Button key="home" type="primary" onClick={onHome} data-testid="page-failed-home">{texts.home}</Button>,
          <Button key="retry" onClick={() => this.setState({ error: null })} data-testid="page-failed-retry">{texts.retry}</Button>,
        ]}
      />
    );
  }
}

/**
 * Around each page: a render error shows what happened, in the UI's language, with a way back,
 * instead of blanking the whole window (the menu stays usable too).
 */
export function PageErrorBoundary(props: BoundaryProps) {
  const { ui } = useMessages();
  return <Boundary {...props} texts={ui.pageFailed} />;
}
