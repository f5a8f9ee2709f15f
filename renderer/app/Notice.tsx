import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/api/errors.js';

interface NoticeProps {
  tone: 'error' | 'info' | 'warning';
  children: ReactNode;
}

/** Errors interrupt (role alert); everything else is announced politely. */
export function Notice({ tone, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function ErrorNotice({ error }: { error: ApiError }) {
  return (
    <Notice tone="error">
      <p>{error.message}</p>
      {error.details && error.details.length > 0 && (
        <ul>
          {error.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
