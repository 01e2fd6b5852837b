import { useState } from 'react';

/** The services ticked for a bulk action. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const setMany = (serviceIds: readonly string[], select: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of serviceIds) if (select) next.add(id);
      else next.delete(id);
      return next;
    });
  return {
    selected,
    toggle: (serviceId: string) => setMany([serviceId], !selected.has(serviceId)),
    setMany,
    clear: () => setSelected(new Set()),
  };
}
