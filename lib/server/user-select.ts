/** What any API may show of the caller themselves. Never the password hash. */
export const userPublicSelect = {
  id: true,
  email: true,
  name: true,
  avatarUrl: true,
  timeZone: true,
  roles: true,
  createdAt: true,
} as const;
