import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';

// Each test starts in zh-CN (the product's first language) with a clean page and real fetch restored.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});
