import type { RouteRecordRaw } from 'vue-router';

export const projekteRoutes: RouteRecordRaw[] = [];
