/** Row numbers as a person reads them: "3–5、9、12" (ranges collapsed). */
export function rowRanges(rows: readonly number[], separator: string): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] ?? end;
    parts.push(end > start + 1 ? `${start}–${end}` : end === start + 1 ? `${start}${separator}${end}` : String(start));
  }
  return parts.join(separator);
}
