import './error-notice.css';
interface ErrorNoticeProps {
  title: string;
  message: string;
  onRetry?: () => void;
  isRetrying?: boolean;
}

/** A panel-sized error: what failed, the API's own message, and a way to try again. */
export function ErrorNotice({ title, message, onRetry, isRetrying = false }: ErrorNoticeProps) {
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice-title">{title}</p>
      <p className="error-notice-message">{message}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry} disabled={isRetrying}>
          {isRetrying ? 'Trying again…' : 'Try again'}
        </button>
      ) : null}
    </div>
  );
}
