// An oCore organisation slug, sent as X-Org-Slug: 3–50 characters of a-z, 0-9 and '-'.
const ORG_SLUG = /^[a-z0-9-]{3,50}$/;

export function isValidOrgSlug(value: unknown): value is string {
  return typeof value === 'string' && ORG_SLUG.test(value);
}
