/** Index order: newest first; undated entries after every dated one, by title. */
export interface Orderable {
  id: string;
  data: { title: string; published?: Date | undefined };
}

export function byIndexOrder(a: Orderable, b: Orderable): number {
  const ta = a.data.published?.getTime();
  const tb = b.data.published?.getTime();
  if (ta !== undefined && tb !== undefined && ta !== tb) return tb - ta;
  if (ta !== undefined && tb === undefined) return -1;
  if (ta === undefined && tb !== undefined) return 1;
  return a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id, 'en');
}
