import { parametersById } from '@/lib/engine';
import { useUiStore } from '@/lib/state/ui-store';

/** Opens a parameter's control in the assumptions (its group, and the advanced ones if it is one). */
export function useReveal(): (id: string) => void {
  const revealParameter = useUiStore((s) => s.revealParameter);
  return (id: string) => {
    const spec = parametersById.get(id);
    if (spec) revealParameter(id, spec.group, spec.advanced ?? false);
  };
}
