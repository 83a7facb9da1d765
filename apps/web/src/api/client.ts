import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { clearSession, readToken } from '../auth/token';

/** The API client, typed from the API's own OpenAPI document (generated at build time). */
export const api = createClient<paths>({ baseUrl: '' });

const auth: Middleware = {
  onRequest({ request }) {
    const token = readToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    // An expired or refused token ends the session: the app shows the sign-in page again.
    if (response.status === 401 && !request.url.endsWith('/auth/login')) clearSession();
    return response;
  },
};
api.use(auth);
