import { useEffect, useState } from 'react';
import type { LocalNames } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import { useApi } from '../api/ApiContext.js';

/**
 * The library's local names, which an import review offers the file's names
 * beside. Null until they arrive, so no name is offered as if the library
 * had none; a failure to read them goes to `onError`.
 */
export function useLibraryNames(onError: (error: ApiError) => void): LocalNames | null {
  const api = useApi();
  const [names, setNames] = useState<LocalNames | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('settings.get', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return onError(result.error);
      setNames(result.value.localNames);
    });
    return () => {
      live = false;
    };
    // The settings are read once per review; a new onError each render must not read them again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);
  return names;
}
