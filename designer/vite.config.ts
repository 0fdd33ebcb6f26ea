import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsBudget } from './build/initial-js-budget.js';

/** Libraries that change rarely, in their own cached chunks, apart from the app's code. */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|i18next-browser-languagedetector)[\\/]/ },
  { name: 'forms', test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
  { name: 'phone', test: /node_modules[\\/]libphonenumber-js[\\/]/ },
  // React Flow and what only it uses (d3's easing, colours and timers are shared with the charts):
  // loaded with the flow canvas, never on the first visit. elkjs stays the layout's dynamic import.
  {
    name: 'xyflow',
    test: /node_modules[\\/](@xyflow|zustand|classcat|d3-(drag|selection|zoom|transition|dispatch))[\\/]/,
  },
];

/** What a first visit may download, gzipped (issue 17): the flow designer stays in lazy chunks. */
const initialJsBudgetKb = 350;

export default defineConfig({
  plugins: [react(), initialJsBudget(initialJsBudgetKb)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
