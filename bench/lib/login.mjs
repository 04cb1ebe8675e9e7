import { DEMO_PASSWORD } from '../../scripts/lib/demo-logins.mjs';

/** An access token of a demo user (password DEMO_PASSWORD). */
export async function demoToken(baseUrl, email) {
  const response = await fetch(new URL('/api/auth/login', baseUrl), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login as ${email}: HTTP ${response.status}`);
  return (await response.json()).accessToken;
}
