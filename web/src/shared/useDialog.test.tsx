/** A page's dialog: opened on a row or on nothing, closed by cancelling, closed with the lists reloaded by acting. */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDialog } from './useDialog';

describe('useDialog', () => {
  it('is closed until opened, and holds what it was opened on', () => {
    const { result } = renderHook(() => useDialog<{ id: string }>());
    expect(result.current.value).toBeNull();
    act(() => result.current.open({ id: 'a' }));
    expect(result.current.value).toEqual({ id: 'a' });
  });

  it('closes without reloading when cancelled', () => {
    const reload = vi.fn();
    const { result } = renderHook(() => useDialog(reload));
    act(() => result.current.open(true));
    act(() => result.current.props.onClose());
    expect(result.current.value).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('closes and reloads every list when the act is done', () => {
    const list = vi.fn();
    const figures = vi.fn();
    const { result } = renderHook(() => useDialog(list, figures));
    act(() => result.current.open(true));
    act(() => result.current.props.onDone());
    expect(result.current.value).toBeNull();
    expect(list).toHaveBeenCalledTimes(1);
    expect(figures).toHaveBeenCalledTimes(1);
  });
});
