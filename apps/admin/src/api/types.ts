import type { paths } from '@rim/contracts/api';

/** The JSON body of an operation's 200 response. */
type OkJson<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type QueryOf<Operation> = Operation extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;

export type LoginResponse = OkJson<paths['/api/auth/login']['post']>;
export type SessionUser = OkJson<paths['/api/me']['get']>;
export type ProviderPage = OkJson<paths['/api/providers']['get']>;
export type ProviderItem = ProviderPage['items'][number];
export type ProviderQuery = QueryOf<paths['/api/providers']['get']>;
export type Region = OkJson<paths['/api/reference/regions']['get']>[number];
export type Organisation = OkJson<paths['/api/organisations/mine']['get']>;
export type AuditPage = OkJson<paths['/api/audit']['get']>;
export type AuditEntry = AuditPage['items'][number];
export type ChainVerification = OkJson<paths['/api/audit/verify']['get']>;
export type QueueMonitor = OkJson<paths['/api/admin/queues']['get']>;
