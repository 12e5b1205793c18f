/** Runs `fn` `runs` times and returns the median wall time in milliseconds (these machines are shared and noisy). */
export async function medianMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Prints rows as an aligned table. */
export function printTable(title: string, rows: Array<Record<string, string | number>>): void {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (value: string | number) =>
    typeof value === "number" ? value.toLocaleString("en-US", {maximumFractionDigits: 2}) : value;
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(cell(row[column])).length))
  );
  const line = (values: string[]) => values.map((value, i) => value.padEnd(widths[i])).join("  ");
  console.log(`\n${title}\n${line(columns)}\n${line(widths.map((w) => "-".repeat(w)))}`);
  for (const row of rows) console.log(line(columns.map((column) => String(cell(row[column])))));
}
