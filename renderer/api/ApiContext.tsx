import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/client.js';

const ApiContext = createContext<ApiClient | null>(null);

/** Gives every component below it the one client made at the entry point (or a fake one in a test). */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/** The client to the core: the same object for the whole life of the page. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (client === null) throw new Error('useApi() was called outside <ApiProvider>: the entry point must provide the API client.');
  return client;
}
