// The real Keycloak of the end-to-end run (keycloak/test-server.sh): reused when ./test.sh started one
// (KEYCLOAK_TEST_URL …), otherwise started here and stopped afterwards. Plus the admin REST calls the specs need.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { FRONTEND } from './stack.mjs';

const SCRIPT = resolve(FRONTEND, '..', 'keycloak', 'test-server.sh');
export const REALM = 'dashboard';
/** The password of every e2e user (the realm's policy: ≥ 12 characters, not the user name). */
export const SSO_PASSWORD = 'Sso-E2E-Passwort-2026';

function run(args) {
  return new Promise((ok, fail) => {
    const child = spawn('bash', [SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? ok(out) : fail(new Error(`keycloak/test-server.sh ${args[0]}: Exit ${code}`)),
    );
  });
}

/** `{ url, publicUrl, adminPassword, stop() }`; fails (never skips) when Keycloak cannot start. */
export async function startKeycloak() {
  let vars = process.env;
  let own;
  if (!vars.KEYCLOAK_TEST_URL) {
    const out = await run(['start']);
    vars = Object.fromEntries(
      out
        .split('\n')
        .filter((l) => l.startsWith('export '))
        .map((l) => {
          const [name, ...value] = l.slice('export '.length).split('=');
          return [name, value.join('=')];
        }),
    );
    own = vars.KEYCLOAK_TEST_DIR;
  }
  return {
    url: vars.KEYCLOAK_TEST_URL,
    publicUrl: vars.KEYCLOAK_TEST_PUBLIC_URL,
    adminPassword: vars.KEYCLOAK_TEST_ADMIN_PASSWORD,
    own: Boolean(own),
    stop: () => (own ? run(['stop', own]) : Promise.resolve()),
  };
}

/** Admin REST API of the test realm (URL and password from the environment the runner passes on). */
export function keycloakAdmin(
  url = process.env.E2E_KEYCLOAK_URL,
  adminPassword = process.env.E2E_KEYCLOAK_ADMIN_PASSWORD,
) {
  async function token() {
    const r = await fetch(`${url}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: 'admin',
        password: adminPassword,
      }),
    });
    if (!r.ok) throw new Error(`Keycloak-Admin: ${r.status}`);
    return (await r.json()).access_token;
  }
  async function call(method, path, body) {
    const r = await fetch(`${url}/admin/realms/${REALM}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await token()}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`Keycloak ${method} ${path}: ${r.status} ${await r.text()}`);
    const text = await r.text();
    return text ? JSON.parse(text) : null;
  }
  return {
    call,
    /** A user with realm roles and the dashboard's attributes; returns its id. */
    async createUser(username, { roles = [], organisation, themenfelder = [] } = {}) {
      const attributes = {};
      if (organisation) attributes.organisation = [organisation];
      if (themenfelder.length) attributes.themenfelder = themenfelder.map(String);
      await call('POST', '/users', {
        username,
        enabled: true,
        email: `${username}@sso-e2e.example`,
        emailVerified: true,
        firstName: 'E2E',
        lastName: username,
        attributes,
        credentials: [{ type: 'password', value: SSO_PASSWORD, temporary: false }],
      });
      const [user] = await call('GET', `/users?exact=true&username=${encodeURIComponent(username)}`);
      const realmRoles = await Promise.all(roles.map((r) => call('GET', `/roles/${r}`)));
      if (realmRoles.length) await call('POST', `/users/${user.id}/role-mappings/realm`, realmRoles);
      return user.id;
    },
    /** Lets the dashboard at `origin` sign in (redirect URI, web origin, post-logout redirect) and sets the access token lifespan. */
    async allowDashboard(origin, accessTokenLifespanSeconds) {
      const [client] = await call('GET', '/clients?clientId=dashboard-spa');
      const add = (list, value) => [...new Set([...(list ?? []), value])];
      client.redirectUris = add(client.redirectUris, `${origin}/anmelden/rueckkehr`);
      client.webOrigins = add(client.webOrigins, origin);
      const logout = (client.attributes['post.logout.redirect.uris'] ?? '').split('##').filter(Boolean);
      client.attributes['post.logout.redirect.uris'] = add(logout, `${origin}/`).join('##');
      client.attributes['access.token.lifespan'] = String(accessTokenLifespanSeconds);
      await call('PUT', `/clients/${client.id}`, client);
    },
    /** Ends all sessions of a user: refresh tokens stop working at once (revocation). */
    logoutUser: (id) => call('POST', `/users/${id}/logout`),
    sessions: (id) => call('GET', `/users/${id}/sessions`),
  };
}
