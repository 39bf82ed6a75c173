import { MutationCache, QueryClient, defaultShouldDehydrateQuery } from "@tanstack/react-query";
import superjson from "superjson";

/**
 * `onSaved` runs after every call that writes and succeeds (unless the mutation says
 * `meta: { silent: true }`): the browser confirms the save and forms take what they hold as saved.
 */
export function makeQueryClient(onSaved?: () => void) {
  return new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => {
        if (!mutation.meta?.silent) onSaved?.();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Weak signal: retry a failed read twice, but never a refusal (4xx).
        retry: (count, error) => {
          const code = (error as { data?: { httpStatus?: number } }).data?.httpStatus ?? 500;
          return code >= 500 && count < 2;
        },
      },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (q) => defaultShouldDehydrateQuery(q) || q.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
