import { Permission } from '@rim/contracts';
import { api, unwrap } from '../../api/client.js';
import type { EndReport, LedgerEntry, Route, SessionUser, Trajectory, TrajectoryStatus } from '../../api/types.js';
import { useApiQuery, type QueryState } from '../../api/use-api-query.js';
import { hasPermission } from '../../auth/auth.js';

type Query<T> = QueryState<T> & { reload(): void };

export function useTrajectory(id: string): Query<Trajectory> {
  return useApiQuery(`trajectory:${id}`, (signal) => unwrap(api.GET('/api/trajectories/{id}', { params: { path: { id } }, signal })));
}

/** The coach's trajectories (all) or the provider's own orders and plan requests, newest first. */
export function useTrajectories(): Query<Trajectory[]> {
  return useApiQuery('trajectories', (signal) => unwrap(api.GET('/api/trajectories', { signal })));
}

export function usePayments(id: string, key: string): Query<LedgerEntry[]> {
  return useApiQuery(`payments:${id}:${key}`, (signal) => unwrap(api.GET('/api/trajectories/{id}/payments', { params: { path: { id } }, signal })));
}

/** The latest end report as submitted (IC-8); `version` (the trajectory's) reloads it after each step. */
export function useEndReport(id: string, version: number): Query<EndReport> {
  return useApiQuery(`end-report:${id}:${version}`, (signal) => unwrap(api.GET('/api/trajectories/{id}/end-report', { params: { path: { id } }, signal })));
}

/** Coaches open a trajectory under their clients, providers under their orders: same page, own menu item. */
export function trajectoryPath(user: SessionUser, id: string): string {
  return hasPermission(user, Permission.CaseManage) ? `/trajecten/${id}` : `/opdrachten/${id}`;
}

/** Activity codes of the route's service (seed 003 §5.2); an IRO is planned with Naar werk's activities. */
export function activityPrefix(route: Route | string): string {
  return route === 'WERKFIT' ? 'WF-' : 'NW-';
}

/** The service runs (a mid-way adjustment may await the coach). */
export const RUNNING_STATES: readonly TrajectoryStatus[] = ['ORDERED', 'ADJUSTMENT_SUBMITTED'];

/** States in which an end report has been submitted (the latest one may be returned or approved). */
export const REPORTED_STATES: readonly TrajectoryStatus[] = ['END_REPORT_SUBMITTED', 'END_REPORT_RETURNED', 'CLOSED'];

/** States from the purchase order on: the service runs or ran, payments may exist. */
export const ORDERED_STATES: readonly TrajectoryStatus[] = [...RUNNING_STATES, 'ENDED', ...REPORTED_STATES];
