'use client';
/**
 * The chart components, loaded on demand: recharts is most of the page's JavaScript, and a chart is only
 * drawn once its card is on screen (chart-card.tsx). A phone that opens on the headline cards therefore
 * never evaluates recharts until the user scrolls to a chart; a desktop loads it right after hydration.
 */
import dynamic from 'next/dynamic';

export const TimeChart = dynamic(() => import('./time-chart').then((m) => m.TimeChart), { ssr: false });
export const CategoryBarChart = dynamic(() => import('./category-bar-chart').then((m) => m.CategoryBarChart), { ssr: false });
