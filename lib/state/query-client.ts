'use client';
/**
 * react-query's client for the views that run engine work in the worker (Risk, Compare). It lives in
 * their code, loaded when such a tab first opens, so the dashboard's first load carries none of it, and it
 * outlives a view, so coming back to a tab shows its cached results at once.
 */
import { QueryClient } from '@tanstack/react-query';

export const workerQueryClient = new QueryClient();
