import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/port';

/**
 * `GET /health`: 200 with the store kind and article count when the store answers, 503 when it
 * does not, so an orchestrator can tell "process up" (yoga's `/live`) from "able to serve".
 */
export function useStoreHealth(store: GraphStore, endpoint = '/health'): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || request.method !== 'GET') return;
      try {
        const counts = await store.counts();
        endResponse(fetchAPI.Response.json({ status: 'ok', store: store.kind, articles: counts.articles }));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        endResponse(fetchAPI.Response.json({ status: 'unavailable', store: store.kind, detail }, { status: 503 }));
      }
    },
  };
}
