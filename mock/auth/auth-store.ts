// Credentials the mock accepts: the dev API key, demo users, and JWT-like tokens it issues.
import { createHmac, randomBytes } from 'node:crypto';

export const DEV_API_KEY = 'ocore_k_local_dev';
/** Sees everything, changes nothing: resolving alerts answers 403. */
export const READ_ONLY_API_KEY = 'ocore_k_local_readonly';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
const REFRESH_TTL_MS = 7 * 86_400_000;
const PARTIAL_TTL_MS = 5 * 60_000;

export interface DemoUser {
  id: string;
  email: string;
  password: string;
  name: string;
  totpSecret: string | null;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 'usr-operator',
    email: 'operator@example.com',
    password: 'operator-demo',
    name: 'Olivia Operator',
    totpSecret: null,
  },
  {
    id: 'usr-noc',
    email: 'noc@example.com',
    password: 'noc-demo',
    name: 'NOC Wall Screen',
    totpSecret: DEMO_TOTP_SECRET,
  },
];

/** The user object login responses carry (never the password or secret). */
export function publicUser(user: DemoUser) {
  return { id: user.id, email: user.email, name: user.name, totpEnabled: user.totpSecret !== null };
}

export type BearerCheck = { ok: true; subject: string } | { ok: false; message: string };

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export class AuthStore {
  private readonly signingKey = randomBytes(32);
  /** Live access tokens by id (jti) → expiry; forgetting them all is how tokens get expired. */
  private readonly accessTokens = new Map<string, number>();
  private readonly refreshTokens = new Map<string, { userId: string; expiresAt: number }>();
  private readonly partialTokens = new Map<string, { userId: string; expiresAt: number }>();

  constructor(private readonly now: () => number) {}

  issueAccessToken(userId: string, ttlSeconds: number): string {
    const issuedAt = this.now();
    const expiresAt = issuedAt + ttlSeconds * 1000;
    const jti = randomBytes(12).toString('hex');
    const head = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: userId, iat: Math.floor(issuedAt / 1000), exp: Math.floor(expiresAt / 1000), jti })}`;
    const signature = createHmac('sha256', this.signingKey).update(head).digest('base64url');
    this.accessTokens.set(jti, expiresAt);
    return `${head}.${signature}`;
  }

  verifyAccessToken(token: string): BearerCheck {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) return { ok: false, message: 'Malformed access token' };
    const expected = createHmac('sha256', this.signingKey)
      .update(`${header}.${payload}`)
      .digest('base64url');
    if (expected !== signature) return { ok: false, message: 'Invalid access token' };
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      sub: string;
      jti: string;
    };
    const expiresAt = this.accessTokens.get(claims.jti);
    if (expiresAt === undefined || expiresAt <= this.now()) {
      return { ok: false, message: 'Access token expired' };
    }
    return { ok: true, subject: claims.sub };
  }

  revokeAccessToken(token: string): void {
    const payload = token.split('.')[1];
    if (!payload) return;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { jti?: string };
      if (claims.jti) this.accessTokens.delete(claims.jti);
    } catch {
      // Not one of ours: nothing to revoke.
    }
  }

  /** Every access token issued so far stops working (returns how many were live); refresh tokens keep working. */
  expireAccessTokens(): number {
    const now = this.now();
    const live = [...this.accessTokens.values()].filter((expiresAt) => expiresAt > now).length;
    this.accessTokens.clear();
    return live;
  }

  issueRefreshToken(userId: string): string {
    const token = `rt_${randomBytes(24).toString('base64url')}`;
    this.refreshTokens.set(token, { userId, expiresAt: this.now() + REFRESH_TTL_MS });
    return token;
  }

  /** Trades a refresh token for a new one (the old one dies); null if unknown or expired. */
  rotateRefreshToken(token: string): { userId: string; refreshToken: string } | null {
    const entry = this.refreshTokens.get(token);
    this.refreshTokens.delete(token);
    if (!entry || entry.expiresAt <= this.now()) return null;
    return { userId: entry.userId, refreshToken: this.issueRefreshToken(entry.userId) };
  }

  revokeRefreshToken(token: string): void {
    this.refreshTokens.delete(token);
  }

  issuePartialToken(userId: string): string {
    const token = `pt_${randomBytes(24).toString('base64url')}`;
    this.partialTokens.set(token, { userId, expiresAt: this.now() + PARTIAL_TTL_MS });
    return token;
  }

  /** The user a partial (password-passed) token belongs to, without consuming it. */
  partialTokenUser(token: string): string | null {
    const entry = this.partialTokens.get(token);
    return entry && entry.expiresAt > this.now() ? entry.userId : null;
  }

  consumePartialToken(token: string): void {
    this.partialTokens.delete(token);
  }
}
